import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { OBSTACLE_SHORT_LABELS, formatPct, plural } from '../utils/labels';
import type { ActivitySurveyAnswers } from '../utils/survey-form-values';
import { NeedBadge } from './need-badge';

interface Figure {
  label: string;
  value: string;
}

function figures(answers: ActivitySurveyAnswers): Figure[] {
  return [
    { label: 'Activité', value: formatPct(answers.activityLevelPct) },
    { label: 'Perte de CA', value: formatPct(answers.revenueLossPct) },
    {
      label: 'Salariés en insertion',
      value: `${answers.insertionEmployees.toLocaleString('fr-FR')} : ${answers.insertionWorking.toLocaleString('fr-FR')} au travail, ${answers.insertionShortTime.toLocaleString('fr-FR')} en activité partielle`,
    },
    {
      label: 'Personnes suivies',
      value: `${answers.peopleFollowed.toLocaleString('fr-FR')} : ${answers.followedInPerson.toLocaleString('fr-FR')} en présentiel, ${answers.followedByPhone.toLocaleString('fr-FR')} par téléphone, ${answers.followedByVideo.toLocaleString('fr-FR')} en visio`,
    },
  ];
}

/** A week's answers, read at a glance: figures as labelled lines, needs and obstacles as badges. */
export function SurveySummary({ answers }: { answers: ActivitySurveyAnswers }) {
  const obstacles = answers.obstacles ?? [];
  const needs = answers.needs ?? [];
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={4} component="dl" m={0}>
        {figures(answers).map((figure) => (
          <div key={figure.label}>
            <Text component="dt" size="sm" c="dimmed">
              {figure.label}
            </Text>
            <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
              {figure.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Group gap={6} wrap="wrap">
        <Text size="sm" c="dimmed">
          Besoins :
        </Text>
        {needs.length === 0 ? (
          <Text size="sm">aucun</Text>
        ) : (
          needs.map((need) => <NeedBadge key={need} need={need} />)
        )}
      </Group>
      {obstacles.length > 0 && (
        <Text size="sm">
          <Text span c="dimmed">
            {plural(obstacles.length, 'obstacle')} :{' '}
          </Text>
          {obstacles.map((obstacle) => OBSTACLE_SHORT_LABELS[obstacle]).join(', ')}
        </Text>
      )}
      {answers.needsText && (
        <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          <Text span c="dimmed">
            Précisions :{' '}
          </Text>
          {answers.needsText}
        </Text>
      )}
    </Stack>
  );
}
