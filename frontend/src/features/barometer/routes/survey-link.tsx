import { Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { PersonalLinkPage, type InvalidLinkText } from '@/components/personal-link-page';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { useAnswerSurveyByLink, useSurveyByLink } from '../api/survey-link';
import { SurveyForm } from '../components/survey-form';
import { weekLabel } from '../utils/iso-week';

/** Why the weekly link no longer works, and the other ways to answer. */
const INVALID_SURVEY_LINK: InvalidLinkText = {
  reason:
    'Ce lien vers le baromètre n’est plus valable : il sert pour une semaine, jusqu’à la fin de la semaine suivante, ou l’adresse a été copiée en partie.',
  ways: [
    'ouvrez le lien du dernier e-mail reçu (chaque lundi, et en rappel le jeudi) ;',
    'si votre structure a un compte, connectez-vous : le questionnaire est dans « Baromètre » ;',
    'ou contactez l’équipe d’animation du réseau : elle peut saisir vos réponses par téléphone.',
  ],
  signInTo: paths.barometer,
};

/**
 * The weekly survey opened from the personal link of the Monday e-mail, without an account:
 * pre-filled with last week's answers.
 */
export function SurveyLinkRoute() {
  const { token = '' } = useParams();
  const survey = useSurveyByLink(token);
  const answer = useAnswerSurveyByLink(token);
  return (
    <PersonalLinkPage
      query={survey}
      loadingLabel="Ouverture du questionnaire…"
      heading="Baromètre de la semaine"
      failureTitle="Impossible d’ouvrir le questionnaire"
      invalid={INVALID_SURVEY_LINK}
    >
      {({ structureName, week, current, prefill, expiresAt }) => {
        const label = weekLabel(week);
        return (
          <Stack gap="lg" maw={960}>
            <PageTitle title="Baromètre de la semaine" />
            <Stack gap={4}>
              <Title order={1}>Baromètre de la {label}</Title>
              <Text>
                {structureName} · moins d’une minute. Ces chiffres permettent au réseau de voir
                venir les difficultés et de vous proposer de l’aide.
              </Text>
              <Text size="sm" c="dimmed">
                Ce lien personnel sert jusqu’au {formatDateTime(expiresAt)} ; ne le transférez pas.
              </Text>
            </Stack>
            <Paper withBorder p={{ base: 'sm', sm: 'lg' }}>
              <SurveyForm
                current={current}
                prefill={prefill}
                weekLabel={`la ${label}`}
                saving={answer.isPending}
                onSave={(answers, callbacks) => {
                  answer.mutate(answers, callbacks);
                }}
              />
            </Paper>
          </Stack>
        );
      }}
    </PersonalLinkPage>
  );
}
