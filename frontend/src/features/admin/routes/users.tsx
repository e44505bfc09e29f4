import { Anchor, Button, Stack, Text } from '@mantine/core';
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
import { useSession } from '@/lib/auth/use-session';
import { ROLE_LABELS } from '@/lib/labels';
import { useUsers, type UserView } from '../api/get-users';
import { useResendInvitation } from '../api/resend-invitation';
import { useUpdateUser } from '../api/update-user';
import { UserFormModal } from '../components/user-form-modal';

function notifyFailure(error: unknown) {
  notifications.show({ color: 'red', message: errorMessage(error) });
}

export function UsersRoute() {
  const { setPage, filter, setFilter, params } = usePagedFilter();
  const users = useUsers(params);
  const modal = useFormModalState<UserView>();
  const update = useUpdateUser();
  const resend = useResendInvitation();
  const selfId = useSession()?.user.id;

  const toggleActive = (user: UserView, active: boolean, onDone?: () => void) => {
    const body = {
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      organisationId: user.organisation.id,
      active,
    };
    update.mutate(
      { id: user.id, ifMatch: etagOf(user), body },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: `Compte de ${user.displayName} ${active ? 'activé' : 'désactivé'}.`,
          });
          onDone?.();
        },
        // The confirmation dialog shows its own failure.
        onError: onDone ? undefined : notifyFailure,
      },
    );
  };

  const deactivation = useConfirmedDeactivation(toggleActive, () => update.reset());

  const columns: Column<UserView>[] = [
    {
      header: 'Nom',
      render: (user) => (
        <Stack gap={0}>
          <Anchor component="button" type="button" ta="left" onClick={() => modal.openEdit(user)}>
            {user.displayName}
          </Anchor>
          <Text size="sm">{user.email}</Text>
        </Stack>
      ),
    },
    { header: 'Rôle', render: (user) => ROLE_LABELS[user.role] },
    { header: 'Organisation', render: (user) => user.organisation.name },
    {
      header: 'Mot de passe',
      render: (user) =>
        user.passwordSet ? (
          <Text size="sm">Défini</Text>
        ) : (
          <Button
            size="xs"
            variant="outline"
            loading={resend.isPending && resend.variables === user.id}
            aria-label={`Renvoyer l’invitation à ${user.displayName}`}
            onClick={() =>
              resend.mutate(user.id, {
                onSuccess: () =>
                  notifications.show({
                    color: 'green',
                    message: `Invitation renvoyée à ${user.email}.`,
                  }),
                onError: notifyFailure,
              })
            }
          >
            Renvoyer l’invitation
          </Button>
        ),
    },
    {
      header: 'Actif',
      render: (user) => (
        <ActiveSwitch
          active={user.active}
          label={`Compte actif : ${user.displayName}`}
          pending={update.isPending && update.variables.id === user.id}
          lockedReason={
            user.id === selfId ? 'Votre propre compte ne peut pas être désactivé.' : undefined
          }
          onToggle={(active) => deactivation.toggle(user, active)}
        />
      ),
    },
  ];

  return (
    <Stack gap="lg">
      <PageHeader
        title="Utilisateurs"
        actionLabel="Nouvel utilisateur"
        onAction={modal.openCreate}
      />
      <PagedTable
        caption="Comptes des utilisateurs"
        columns={columns}
        rowKey={(user) => user.id}
        data={users.data}
        isPending={users.isPending}
        error={users.error}
        onRetry={() => void users.refetch()}
        emptyMessage={
          params.q ? 'Aucun utilisateur ne correspond à ce filtre.' : 'Aucun utilisateur'
        }
        filter={{ value: filter, onChange: setFilter, label: 'Filtrer par nom ou adresse e-mail' }}
        onPageChange={setPage}
      />
      {modal.target && <UserFormModal target={modal.target} onClose={modal.close} />}
      {deactivation.target && (
        <ConfirmDialog
          title="Désactiver ce compte ?"
          confirmLabel="Désactiver"
          submitting={update.isPending}
          error={update.error}
          onClose={deactivation.cancel}
          onConfirm={deactivation.confirm}
        >
          {`${deactivation.target.displayName} (${deactivation.target.email}) ne pourra plus se connecter et ses sessions en cours prendront fin. Vous pourrez réactiver le compte plus tard.`}
        </ConfirmDialog>
      )}
    </Stack>
  );
}
