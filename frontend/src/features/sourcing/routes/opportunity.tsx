import { Anchor, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { PageTitle } from '@/components/page-title';
import { ApiError } from '@/lib/api/problem';
import { paths } from '@/config/paths';
import { useAnswerMySolicitation } from '../api/answer-my-solicitation';
import { useDownloadMySolicitationAttachment } from '../api/download-my-solicitation-attachment';
import { useMySolicitation } from '../api/get-my-solicitation';
import { mySolicitationsQueryKey } from '../api/get-my-solicitations';
import { OpportunityView } from '../components/opportunity-view';

function BackToInbox() {
  return (
    <Anchor component={Link} to={paths.opportunities} size="sm">
      ← Toutes les opportunités
    </Anchor>
  );
}

/** One opportunity of the siae user's structures: the request, and the answer. */
export function OpportunityRoute() {
  const { id = '' } = useParams();
  const solicitation = useMySolicitation(id);
  const answer = useAnswerMySolicitation();
  const download = useDownloadMySolicitationAttachment(id);
  const queryClient = useQueryClient();
  const loaded = solicitation.isSuccess;

  // Opening it marked it as read: the inbox and the unread count change.
  useEffect(() => {
    if (loaded) {
      void queryClient.invalidateQueries({
        queryKey: mySolicitationsQueryKey,
        predicate: (query) => query.queryKey[2] !== 'detail',
      });
    }
  }, [loaded, queryClient]);

  if (solicitation.isPending) return <PageLoader label="Chargement de l’opportunité…" />;
  if (solicitation.error) {
    const missing = solicitation.error instanceof ApiError && solicitation.error.status === 404;
    return (
      <Stack gap="lg">
        <PageTitle title="Opportunité" />
        <BackToInbox />
        <Title order={1}>Opportunité</Title>
        <ErrorAlert
          error={solicitation.error}
          title={
            missing
              ? 'Cette opportunité n’existe pas ou ne concerne pas vos structures : retrouvez les vôtres dans « Opportunités ».'
              : 'Impossible de charger l’opportunité'
          }
          onRetry={missing ? undefined : () => void solicitation.refetch()}
        />
      </Stack>
    );
  }

  return (
    <OpportunityView
      detail={solicitation.data}
      back={<BackToInbox />}
      saving={answer.isPending}
      download={download}
      // The form confirms the answer itself, where the focus is.
      onSave={(body, callbacks) => answer.mutate({ id, body }, callbacks)}
    />
  );
}
