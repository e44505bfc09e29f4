import { Anchor, Button, Code, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ActiveSwitch } from '@/components/active-switch';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { FormModal } from '@/components/form-modal';
import { PageHeader } from '@/components/page-header';
import { PagedTable, type Column } from '@/components/paged-table';
import { useConfirmedDeactivation } from '@/hooks/use-confirmed-deactivation';
import { useFormModalState } from '@/hooks/use-form-modal-state';
import { usePagedFilter } from '@/hooks/use-paged-filter';
import { etagOf } from '@/lib/api/etag';
import { errorMessage } from '@/lib/api/problem';
import { formatDateTime } from '@/lib/format';
import { PARTNER_SCOPE_LABELS } from '@/lib/labels';
import {
  usePartnerClients,
  type PartnerClientCreated,
  type PartnerClientView,
} from '../api/get-partner-clients';
import { useRotatePartnerClientSecret } from '../api/rotate-partner-client-secret';
import { useUpdatePartnerClient } from '../api/update-partner-client';
import { PartnerClientFormModal } from '../components/partner-client-form-modal';
import { SecretModal } from '../components/secret-modal';

export function PartnerClientsRoute() {
  const { setPage, filter, setFilter, params } = usePagedFilter();
  const clients = usePartnerClients(params);
  const modal = useFormModalState<PartnerClientView>();
  const update = useUpdatePartnerClient();
  const rotate = useRotatePartnerClientSecret();
  const [rotating, setRotating] = useState<PartnerClientView | null>(null);
  const [revealed, setRevealed] = useState<PartnerClientCreated | null>(null);

  const toggleActive = (client: PartnerClientView, active: boolean, onDone?: () => void) => {
    const body = {
      clientId: client.clientId,
      name: client.name,
      organisationId: client.organisation.id,
      scopes: client.scopes,
      active,
      requestsPerMinute: client.requestsPerMinute,
    };
    update.mutate(
      { id: client.id, ifMatch: etagOf(client), body },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: `Client « ${client.name} » ${active ? 'activé' : 'désactivé'}.`,
          });
          onDone?.();
        },
        // The confirmation dialog shows its own failure.
        onError: onDone
          ? undefined
          : (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
      },
    );
  };

  const deactivation = useConfirmedDeactivation(toggleActive, () => update.reset());

  const columns: Column<PartnerClientView>[] = [
    {
      header: 'Nom',
      render: (client) => (
        <Stack gap={0}>
          <Anchor component="button" type="button" ta="left" onClick={() => modal.openEdit(client)}>
            {client.name}
          </Anchor>
          <Code>{client.clientId}</Code>
        </Stack>
      ),
    },
    { header: 'Organisation', render: (client) => client.organisation.name },
    {
      header: 'Portées',
      render: (client) =>
        client.scopes.length > 0
          ? client.scopes.map((scope) => PARTNER_SCOPE_LABELS[scope]).join(', ')
          : '—',
    },
    { header: 'Dernière utilisation', render: (client) => formatDateTime(client.lastUsedAt) },
    {
      header: 'Secret',
      render: (client) => (
        <Button
          size="xs"
          variant="outline"
          aria-label={`Générer un nouveau secret pour ${client.name}`}
          onClick={() => {
            rotate.reset();
            setRotating(client);
          }}
        >
          Nouveau secret
        </Button>
      ),
    },
    {
      header: 'Actif',
      render: (client) => (
        <ActiveSwitch
          active={client.active}
          label={`Client actif : ${client.name}`}
          pending={update.isPending && update.variables.id === client.id}
          onToggle={(active) => deactivation.toggle(client, active)}
        />
      ),
    },
  ];

  return (
    <Stack gap="lg">
      <PageHeader
        title="Clients partenaires"
        actionLabel="Nouveau client partenaire"
        onAction={modal.openCreate}
      />
      <PagedTable
        caption="Clients partenaires de l’API"
        columns={columns}
        rowKey={(client) => client.id}
        data={clients.data}
        isPending={clients.isPending}
        error={clients.error}
        onRetry={() => void clients.refetch()}
        emptyMessage={
          params.q ? 'Aucun client ne correspond à ce filtre.' : 'Aucun client partenaire'
        }
        filter={{ value: filter, onChange: setFilter, label: 'Filtrer les clients partenaires' }}
        onPageChange={setPage}
      />
      {modal.target && (
        <PartnerClientFormModal
          target={modal.target}
          onClose={modal.close}
          onCreated={(created) => {
            modal.close();
            setRevealed(created);
          }}
        />
      )}
      {rotating && (
        <FormModal
          opened
          title="Générer un nouveau secret ?"
          submitLabel="Générer le secret"
          submitting={rotate.isPending}
          formError={rotate.isError ? errorMessage(rotate.error) : null}
          onClose={() => setRotating(null)}
          onSubmit={(event) => {
            event.preventDefault();
            rotate.mutate(rotating.id, {
              onSuccess: (created) => {
                setRotating(null);
                setRevealed(created);
              },
            });
          }}
        >
          <Text>
            L’ancien secret de « {rotating.name} » cessera immédiatement de fonctionner : le
            partenaire devra utiliser le nouveau.
          </Text>
        </FormModal>
      )}
      {deactivation.target && (
        <ConfirmDialog
          title="Désactiver ce client ?"
          confirmLabel="Désactiver"
          submitting={update.isPending}
          error={update.error}
          onClose={deactivation.cancel}
          onConfirm={deactivation.confirm}
        >
          {`Le système « ${deactivation.target.name} » (${deactivation.target.clientId}) ne pourra plus obtenir de jeton d’accès à l’API. Vous pourrez le réactiver plus tard.`}
        </ConfirmDialog>
      )}
      {revealed && (
        <SecretModal
          clientId={revealed.client.clientId}
          secret={revealed.clientSecret}
          onClose={() => setRevealed(null)}
        />
      )}
    </Stack>
  );
}
