import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { LinkPageShell } from '@/components/link-page-shell';
import { PageLoader } from '@/components/page-loader';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { useNoReferrer } from '@/hooks/use-no-referrer';
import { ApiError } from '@/lib/api/problem';
import { formatDateTime } from '@/lib/format';
import { useAnswerSurveyByLink, useSurveyByLink } from '../api/survey-link';
import { SurveyForm } from '../components/survey-form';
import { weekLabel } from '../utils/iso-week';

/** A wrong, incomplete or expired link: what it means and what to do instead. */
function InvalidSurveyLink() {
  return (
    <Stack gap="md" py="md">
      <PageTitle title="Lien plus valable" />
      <Title order={1}>Ce lien n’est plus valable</Title>
      <Text>
        Ce lien vers le baromètre n’est plus valable : il sert pour une semaine, jusqu’à la fin de
        la semaine suivante, ou l’adresse a été copiée en partie.
      </Text>
      <Text>Pour répondre quand même :</Text>
      <Stack gap={4} component="ul" pl="md" m={0}>
        <Text component="li">
          ouvrez le lien du dernier e-mail reçu (chaque lundi, et en rappel le jeudi) ;
        </Text>
        <Text component="li">
          si votre structure a un compte, connectez-vous : le questionnaire est dans « Baromètre » ;
        </Text>
        <Text component="li">
          ou contactez l’équipe d’animation du réseau : elle peut saisir vos réponses par téléphone.
        </Text>
      </Stack>
      <Group>
        <Button component={Link} to={paths.barometer}>
          Se connecter
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The weekly survey opened from the personal link of the Monday e-mail, without an account:
 * pre-filled with last week's answers. The page sends no referrer, so the token never leaves it.
 */
export function SurveyLinkRoute() {
  useNoReferrer();
  const { token = '' } = useParams();
  const survey = useSurveyByLink(token);
  const answer = useAnswerSurveyByLink(token);

  let content: ReactNode;
  if (survey.isPending) {
    content = <PageLoader label="Ouverture du questionnaire…" />;
  } else if (survey.error) {
    content =
      survey.error instanceof ApiError && survey.error.status === 404 ? (
        <InvalidSurveyLink />
      ) : (
        <Stack gap="md" py="md">
          <PageTitle title="Baromètre" />
          <Title order={1}>Baromètre de la semaine</Title>
          <ErrorAlert
            error={survey.error}
            title="Impossible d’ouvrir le questionnaire"
            onRetry={() => void survey.refetch()}
          />
          <Text size="sm">
            Si le problème persiste, réessayez plus tard ou{' '}
            <Anchor component={Link} to={paths.login}>
              connectez-vous
            </Anchor>{' '}
            si votre structure a un compte.
          </Text>
        </Stack>
      );
  } else {
    const { structureName, week, current, prefill, expiresAt } = survey.data;
    const label = weekLabel(week);
    content = (
      <Stack gap="lg" maw={960}>
        <PageTitle title="Baromètre de la semaine" />
        <Stack gap={4}>
          <Title order={1}>Baromètre de la {label}</Title>
          <Text>
            {structureName} · moins d’une minute. Ces chiffres permettent au réseau de voir venir
            les difficultés et de vous proposer de l’aide.
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
  }
  return <LinkPageShell>{content}</LinkPageShell>;
}
