import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '@/components/error-alert';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { useAnswerSurvey, useThisWeekSurvey } from '../api/surveys';
import { weekLabel } from '../utils/iso-week';
import { LastAnswers } from './last-answers';
import { SurveyForm } from './survey-form';

interface SurveyWorkspaceProps {
  structureId: string;
  /** A facilitator entering the answer of a structure (a phone survey). */
  onBehalf?: boolean;
}

/** This week's survey of a structure (pre-filled), then its answers of the last weeks. */
export function SurveyWorkspace({ structureId, onBehalf = false }: SurveyWorkspaceProps) {
  const survey = useThisWeekSurvey(structureId);
  const answer = useAnswerSurvey();
  const idempotency = useIdempotencyKey();

  let form;
  if (survey.error) {
    form = (
      <ErrorAlert
        error={survey.error}
        title="Impossible d’ouvrir le questionnaire de la semaine"
        onRetry={() => void survey.refetch()}
        advice="Si le problème continue, réessayez dans quelques minutes : le questionnaire reste ouvert toute la semaine."
      />
    );
  } else if (survey.isPending) {
    form = (
      <Stack gap="sm" role="status" aria-label="Chargement du questionnaire">
        <Skeleton height={24} width="60%" />
        <Skeleton height={160} />
        <Skeleton height={160} />
      </Stack>
    );
  } else {
    const { week, current, prefill } = survey.data;
    const label = weekLabel(week);
    form = (
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {survey.data.structureName} · moins d’une minute
        </Text>
        <SurveyForm
          // Another structure or a new week starts the form again from the server's answers.
          key={`${structureId}-${week}`}
          current={current}
          prefill={prefill}
          weekLabel={`la ${label}`}
          onBehalf={onBehalf}
          saving={answer.isPending}
          onSave={(answers, callbacks) => {
            const body = { ...answers, structureId, week };
            answer.mutate(
              { body, idempotencyKey: idempotency.keyFor(body) },
              {
                onSuccess: () => {
                  idempotency.done();
                  callbacks.onSuccess();
                },
                onError: callbacks.onError,
              },
            );
          }}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="xl">
      <Paper
        withBorder
        p={{ base: 'sm', sm: 'lg' }}
        component="section"
        aria-labelledby="questionnaire-semaine"
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id="questionnaire-semaine">
            {survey.data
              ? `Questionnaire de la ${weekLabel(survey.data.week)}`
              : 'Questionnaire de la semaine'}
          </Title>
          {form}
        </Stack>
      </Paper>
      <LastAnswers
        structureId={structureId}
        emptyMessage={
          onBehalf
            ? 'Cette structure n’a encore répondu à aucun questionnaire.'
            : 'Vous n’avez encore répondu à aucun questionnaire : vos réponses apparaîtront ici, semaine après semaine.'
        }
      />
    </Stack>
  );
}
