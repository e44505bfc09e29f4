import { Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useSurveys, type ActivitySurveyView } from '../api/surveys';
import { ENTERED_VIA_LABELS } from '../utils/labels';
import { weekLabel } from '../utils/iso-week';
import { SurveyHistoryModal } from './survey-history-modal';
import { SurveySummary } from './survey-summary';

/** How many past weeks the page shows. */
const LAST_WEEKS = 6;

interface LastAnswersProps {
  structureId: string;
  /** Said when the structure never answered. */
  emptyMessage: string;
}

/** A structure's answers of the last weeks, newest first, each with the history of its week. */
export function LastAnswers({ structureId, emptyMessage }: LastAnswersProps) {
  const surveys = useSurveys({ structureId, page: 0, size: LAST_WEEKS });
  const [opened, setOpened] = useState<ActivitySurveyView | null>(null);

  let body;
  if (surveys.error) {
    body = (
      <ErrorAlert
        error={surveys.error}
        title="Impossible de charger les dernières réponses"
        onRetry={() => void surveys.refetch()}
        advice="Le questionnaire ci-dessus reste utilisable : vos réponses seront bien enregistrées."
      />
    );
  } else if (surveys.isPending) {
    body = (
      <Stack gap="xs" role="status" aria-label="Chargement des dernières réponses">
        <Skeleton height={90} />
        <Skeleton height={90} />
      </Stack>
    );
  } else if (surveys.data.items.length === 0) {
    body = <Text role="status">{emptyMessage}</Text>;
  } else {
    body = (
      <Stack
        gap="sm"
        component="ul"
        aria-label="Réponses des dernières semaines"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {surveys.data.items.map((survey) => (
          <Card key={survey.id} component="li" withBorder padding="sm">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start" gap="xs">
                <Stack gap={0}>
                  <Text fw={600}>{weekLabel(survey.week).replace(/^semaine/, 'Semaine')}</Text>
                  <Text size="sm" c="dimmed">
                    {ENTERED_VIA_LABELS[survey.enteredVia]}
                    {survey.enteredByName ? ` — ${survey.enteredByName}` : ''}
                  </Text>
                </Stack>
                <Button
                  size="xs"
                  variant="outline"
                  onClick={() => setOpened(survey)}
                  aria-label={`Historique de la ${weekLabel(survey.week)}`}
                >
                  {survey.version > 1 ? `Historique (${survey.version} réponses)` : 'Historique'}
                </Button>
              </Group>
              <SurveySummary answers={survey} />
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="dernieres-reponses">
      <Title order={2} size="h3" id="dernieres-reponses">
        Dernières réponses
      </Title>
      {body}
      <SurveyHistoryModal survey={opened} onClose={() => setOpened(null)} />
    </Stack>
  );
}
