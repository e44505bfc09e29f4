import { Anchor, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ActiveSwitch } from '@/components/active-switch';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { PageHeader } from '@/components/page-header';
import { PagedTable, type Column } from '@/components/paged-table';
import { useConfirmedDeactivation } from '@/hooks/use-confirmed-deactivation';
import { useFormModalState } from '@/hooks/use-form-modal-state';
import { usePagedFilter } from '@/hooks/use-paged-filter';
import { etagOf } from '@/lib/api/etag';
import { errorMessage } from '@/lib/api/problem';
import { formatDate } from '@/lib/format';
import { ORGANISATION_KIND_LABELS } from '@/lib/labels';
import { useOrganisations, type OrganisationView } from '../api/get-organisations';
import { useUpdateOrganisation } from '../api/update-organisation';
import { OrganisationFormModal } from '../components/organisation-form-modal';

function deactivationConsequences({ name, userCount }: OrganisationView): string {
  const users =
    userCount === 0
      ? `« ${name} » n’a aucun utilisateur ; ses clients partenaires seront refusés.`
      : userCount === 1
        ? `Le seul utilisateur de « ${name} » ne pourra plus se connecter et ses clients partenaires seront refusés.`
        : `Les ${userCount} utilisateurs de « ${name} » ne pourront plus se connecter et ses clients partenaires seront refusés.`;
  return `${users} Vous pourrez la réactiver plus tard.`;
}

export function OrganisationsRoute() {
  const { setPage, filter, setFilter, params } = usePagedFilter();
  const organisations = useOrganisations(params);
  const modal = useFormModalState<OrganisationView>();
  const update = useUpdateOrganisation();

  const toggleActive = (organisation: OrganisationView, active: boolean, onDone?: () => void) => {
    update.mutate(
      {
        id: organisation.id,
        ifMatch: etagOf(organisation),
        body: { name: organisation.name, kind: organisation.kind, active },
      },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: `Organisation « ${organisation.name} » ${active ? 'activée' : 'désactivée'}.`,
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

  const columns: Column<OrganisationView>[] = [
    {
      header: 'Nom',
      render: (organisation) => (
        <Anchor
          component="button"
          type="button"
          ta="left"
          onClick={() => modal.openEdit(organisation)}
        >
          {organisation.name}
        </Anchor>
      ),
    },
    { header: 'Type', render: (organisation) => ORGANISATION_KIND_LABELS[organisation.kind] },
    { header: 'Utilisateurs', render: (organisation) => organisation.userCount },
    { header: 'Créée le', render: (organisation) => formatDate(organisation.createdAt) },
    {
      header: 'Active',
      render: (organisation) => (
        <ActiveSwitch
          active={organisation.active}
          label={`Organisation active : ${organisation.name}`}
          pending={update.isPending && update.variables.id === organisation.id}
          onToggle={(active) => deactivation.toggle(organisation, active)}
        />
      ),
    },
  ];

  return (
    <Stack gap="lg">
      <PageHeader
        title="Organisations"
        actionLabel="Nouvelle organisation"
        onAction={modal.openCreate}
      />
      <PagedTable
        caption="Organisations de la plateforme"
        columns={columns}
        rowKey={(organisation) => organisation.id}
        data={organisations.data}
        isPending={organisations.isPending}
        error={organisations.error}
        onRetry={() => void organisations.refetch()}
        emptyMessage={
          params.q ? 'Aucune organisation ne correspond à ce filtre.' : 'Aucune organisation'
        }
        filter={{ value: filter, onChange: setFilter, label: 'Filtrer les organisations' }}
        onPageChange={setPage}
      />
      {modal.target && <OrganisationFormModal target={modal.target} onClose={modal.close} />}
      {deactivation.target && (
        <ConfirmDialog
          title="Désactiver cette organisation ?"
          confirmLabel="Désactiver"
          submitting={update.isPending}
          error={update.error}
          onClose={deactivation.cancel}
          onConfirm={deactivation.confirm}
        >
          {deactivationConsequences(deactivation.target)}
        </ConfirmDialog>
      )}
    </Stack>
  );
}
