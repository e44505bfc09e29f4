import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { LinkPageShell } from '@/components/link-page-shell';
import { PageLoader } from '@/components/page-loader';
import { PageTitle } from '@/components/page-title';
import { useNoReferrer } from '@/hooks/use-no-referrer';
import { ApiError } from '@/lib/api/problem';
import { paths } from '@/config/paths';
import {
  useAnswerSolicitationByLink,
  useDownloadLinkAttachment,
  useSolicitationByLink,
} from '../api/solicitation-link';
import { OpportunityView } from '../components/opportunity-view';

/** A wrong, incomplete or expired link: what it means and what to do instead. */
export function InvalidLinkMessage() {
  return (
    <Stack gap="md" py="md">
      <PageTitle title="Lien plus valable" />
      <Title order={1}>Ce lien n’est plus valable</Title>
      <Text>
        Ce lien de réponse n’est plus valable : il a expiré (il sert jusqu’à 7 jours après la date
        limite du besoin), la sollicitation a été retirée, ou l’adresse a été copiée en partie.
      </Text>
      <Text>Pour répondre quand même :</Text>
      <Stack gap={4} component="ul" pl="md" m={0}>
        <Text component="li">
          si vous avez encore l’e-mail reçu, ouvrez le lien directement depuis ce message ;
        </Text>
        <Text component="li">
          contactez l’équipe d’animation du réseau qui vous a sollicité : elle peut vous envoyer un
          nouveau lien ;
        </Text>
        <Text component="li">
          si votre structure a un compte, connectez-vous : vos sollicitations sont dans «
          Opportunités ».
        </Text>
      </Stack>
      <Group>
        <Button component={Link} to={paths.opportunities}>
          Se connecter
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * A solicitation opened from the personal link of its e-mail, without an account: the request
 * and the answer form. The page sends no referrer, so the token never leaves it.
 */
export function SolicitationLinkRoute() {
  useNoReferrer();
  const { token = '' } = useParams();
  const solicitation = useSolicitationByLink(token);
  const answer = useAnswerSolicitationByLink(token);
  const download = useDownloadLinkAttachment(token);

  let content: ReactNode;
  if (solicitation.isPending) {
    content = <PageLoader label="Ouverture de la sollicitation…" />;
  } else if (solicitation.error) {
    content =
      solicitation.error instanceof ApiError && solicitation.error.status === 404 ? (
        <InvalidLinkMessage />
      ) : (
        <Stack gap="md" py="md">
          <PageTitle title="Sollicitation" />
          <Title order={1}>Sollicitation</Title>
          <ErrorAlert
            error={solicitation.error}
            title="Impossible d’ouvrir la sollicitation"
            onRetry={() => void solicitation.refetch()}
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
    content = (
      <OpportunityView
        detail={solicitation.data}
        linkToken={token}
        saving={answer.isPending}
        download={download}
        onSave={(body, callbacks) => answer.mutate(body, callbacks)}
      />
    );
  }
  return <LinkPageShell>{content}</LinkPageShell>;
}
