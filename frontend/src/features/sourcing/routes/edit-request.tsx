import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { useSourcingRequest } from '../api/get-sourcing-request';
import { RequestForm } from '../components/request-form';
import { valuesFromRequest } from '../utils/request-form-values';
import { maySubmit } from '../utils/request-permissions';

/** A draft's edition (the same steps as « Nouveau besoin »). */
export function EditRequestRoute() {
  const { id = '' } = useParams();
  const request = useSourcingRequest(id);
  const user = useSession()?.user;
  const facilitator = user?.role === 'facilitator';
  const [reloads, setReloads] = useState(0);

  let body;
  if (request.isPending) {
    body = <PageLoader label="Chargement du besoin…" />;
  } else if (request.error) {
    body = (
      <ErrorAlert
        error={request.error}
        title="Impossible de charger le besoin"
        onRetry={() => void request.refetch()}
      />
    );
  } else if (request.data.data.status !== 'DRAFT') {
    body = (
      <Alert color="orange" variant="outline" title="Ce besoin n’est plus un brouillon">
        <Text size="sm">
          Seul un brouillon se modifie. Retournez au besoin pour voir où il en est.
        </Text>
      </Alert>
    );
  } else {
    const { data, etag } = request.data;
    body = (
      <RequestForm
        // A reload after a concurrent change starts the form again from what was saved.
        key={reloads}
        initialValues={valuesFromRequest(data)}
        saved={{ id: data.id, etag, attachments: data.attachments }}
        facilitator={facilitator}
        returnReason={data.returnReason ?? null}
        buyerOrganisationName={data.buyerOrganisationName}
        canSubmit={maySubmit(data, user)}
        onReload={() => {
          void request.refetch().then(() => setReloads((count) => count + 1));
        }}
      />
    );
  }

  return (
    <Stack gap="lg" maw={860}>
      <PageTitle title="Modifier le besoin" />
      <Anchor component={Link} to={paths.request(id)} size="sm">
        ← Retour au besoin
      </Anchor>
      <Title order={1}>Modifier le besoin</Title>
      {body}
    </Stack>
  );
}
