import { Badge, Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { FormModal } from '@/components/form-modal';
import { PagedTable, wholeList, type Column } from '@/components/paged-table';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { emailRule, requiredRule } from '@/lib/validation';
import { useAddStructureMember } from '../api/add-structure-member';
import { useStructureMembers, type StructureMember } from '../api/get-structure-members';
import { useRemoveStructureMember } from '../api/remove-structure-member';

function AddMemberModal({ structureId, onClose }: { structureId: string; onClose: () => void }) {
  const add = useAddStructureMember();
  const form = useForm({
    initialValues: { email: '', displayName: '' },
    validate: { email: emailRule, displayName: requiredRule('Saisissez le nom de la personne.') },
  });
  const { formError, onSubmit, showError, clearError } = useApiFormErrors(form);

  const submit = onSubmit(({ email, displayName }) => {
    clearError();
    add.mutate(
      { structureId, body: { email: email.trim(), displayName: displayName.trim() } },
      {
        onSuccess: (member) => {
          notifications.show({
            color: 'green',
            message: member.passwordSet
              ? `${member.displayName} a désormais accès à la fiche.`
              : `Invitation envoyée à ${member.email}.`,
          });
          onClose();
        },
        onError: showError,
      },
    );
  });

  return (
    <FormModal
      opened
      title="Ajouter un membre"
      submitLabel="Ajouter"
      submitting={add.isPending}
      formError={formError}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextInput
        label="Adresse e-mail"
        type="email"
        required
        data-autofocus
        maxLength={254}
        {...form.getInputProps('email')}
      />
      <TextInput
        label="Nom et prénom"
        required
        maxLength={200}
        {...form.getInputProps('displayName')}
      />
    </FormModal>
  );
}

function RemoveMemberDialog({
  structureId,
  member,
  onClose,
}: {
  structureId: string;
  member: StructureMember;
  onClose: () => void;
}) {
  const remove = useRemoveStructureMember();
  const invitation = !member.passwordSet;
  return (
    <ConfirmDialog
      title={invitation ? 'Retirer l’invitation ?' : 'Retirer ce membre ?'}
      confirmLabel={invitation ? 'Retirer l’invitation' : 'Retirer le membre'}
      submitting={remove.isPending}
      error={remove.error}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(
          { structureId, userId: member.id },
          {
            onSuccess: () => {
              notifications.show({
                color: 'green',
                message: invitation
                  ? `Invitation de ${member.email} retirée.`
                  : `${member.displayName} n’a plus accès à la fiche.`,
              });
              onClose();
            },
          },
        )
      }
    >
      {invitation
        ? `Le lien envoyé à ${member.email} ne fonctionnera plus. Vous pourrez inviter cette adresse à nouveau.`
        : `${member.displayName} (${member.email}) ne pourra plus se connecter pour agir pour cette structure. Son compte est désactivé, rien n’est supprimé : vous pourrez l’ajouter à nouveau.`}
    </ConfirmDialog>
  );
}

function memberColumns(onRemove: (member: StructureMember) => void): Column<StructureMember>[] {
  return [
    { header: 'Nom', render: (member) => member.displayName },
    { header: 'E-mail', render: (member) => member.email },
    {
      header: 'État',
      render: (member) =>
        member.passwordSet ? (
          <Badge color="green">Actif</Badge>
        ) : (
          <Badge color="yellow">Invitation envoyée</Badge>
        ),
    },
    {
      header: 'Action',
      render: (member) => (
        <Button
          size="xs"
          variant="outline"
          color="red"
          aria-label={
            member.passwordSet
              ? `Retirer ${member.displayName} des membres`
              : `Retirer l’invitation de ${member.email}`
          }
          onClick={() => onRemove(member)}
        >
          {member.passwordSet ? 'Retirer' : 'Retirer l’invitation'}
        </Button>
      ),
    },
  ];
}

/** Who acts for the structure (facilitators and admins add people by e-mail). */
export function MembersPanel({ structureId }: { structureId: string }) {
  const members = useStructureMembers(structureId);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<StructureMember | null>(null);
  const data = members.data && wholeList(members.data);

  return (
    <Paper withBorder p="lg" component="section" aria-label="Membres">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3">
            Membres
          </Title>
          <Button variant="light" onClick={() => setAdding(true)}>
            Ajouter un membre
          </Button>
        </Group>
        <PagedTable
          caption="Utilisateurs de la structure"
          columns={memberColumns(setRemoving)}
          rowKey={(member) => member.id}
          data={data}
          isPending={members.isPending}
          error={members.error}
          onRetry={() => void members.refetch()}
          emptyMessage="Personne n’agit encore pour cette structure."
          onPageChange={() => undefined}
          hideCount
        />
      </Stack>
      {adding && <AddMemberModal structureId={structureId} onClose={() => setAdding(false)} />}
      {removing && (
        <RemoveMemberDialog
          structureId={structureId}
          member={removing}
          onClose={() => setRemoving(null)}
        />
      )}
    </Paper>
  );
}
