import { Select, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormModal } from '@/components/form-modal';
import { StaleNotice } from '@/components/stale-notice';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { useSession } from '@/lib/auth/use-session';
import { etagOf } from '@/lib/api/etag';
import type { FormModalTarget } from '@/hooks/use-form-modal-state';
import { ROLE_LABELS, toOptions } from '@/lib/labels';
import { emailRule, requiredRule } from '@/lib/validation';
import { saveCallbacks } from '@/lib/save-callbacks';
import { useCreateUser } from '../api/create-user';
import type { UserView } from '../api/get-users';
import { useUpdateUser } from '../api/update-user';
import { OrganisationSelect } from './organisation-select';

interface Props {
  target: FormModalTarget<UserView>;
  onClose: () => void;
}

/** People sign in on the web; partners are API clients, managed on their own page. */
const WEB_ROLE_OPTIONS = toOptions(ROLE_LABELS).filter((option) => option.value !== 'partner');

export function UserFormModal({ target, onClose }: Props) {
  const editing = target.mode === 'edit' ? target.item : null;
  const session = useSession();
  // No one could give an admin back their access from the app: the server refuses it too (409).
  const self = editing !== null && editing.id === session?.user.id;
  const create = useCreateUser();
  const update = useUpdateUser();
  const form = useForm({
    initialValues: {
      email: editing?.email ?? '',
      displayName: editing?.displayName ?? '',
      role: editing?.role ?? null,
      organisationId: editing?.organisation.id ?? null,
      active: editing?.active ?? true,
    },
    validate: {
      email: emailRule,
      displayName: requiredRule('Saisissez le nom de la personne.'),
      role: requiredRule('Choisissez un rôle.'),
      organisationId: requiredRule('Choisissez une organisation.'),
    },
  });
  const { formError, stale, onSubmit, showError, clearError } = useApiFormErrors(form);

  const submit = onSubmit(({ email, displayName, role, organisationId, active }) => {
    if (role === null || organisationId === null) return;
    clearError();
    const body = {
      email: email.trim(),
      displayName: displayName.trim(),
      role,
      organisationId,
      active,
    };
    const callbacks = saveCallbacks(
      editing
        ? `Compte de ${body.displayName} modifié.`
        : `Compte de ${body.displayName} créé : une invitation a été envoyée à ${body.email}.`,
      onClose,
      showError,
    );
    if (editing) update.mutate({ id: editing.id, ifMatch: etagOf(editing), body }, callbacks);
    else create.mutate(body, callbacks);
  });

  return (
    <FormModal
      opened
      title={editing ? 'Modifier l’utilisateur' : 'Nouvel utilisateur'}
      submitLabel={editing ? 'Enregistrer' : 'Créer et inviter'}
      submitting={create.isPending || update.isPending}
      formError={formError}
      notice={stale && <StaleNotice onReload={onClose} />}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextInput
        label="Adresse e-mail"
        type="email"
        required
        data-autofocus
        {...form.getInputProps('email')}
      />
      <TextInput label="Nom" required {...form.getInputProps('displayName')} />
      <Select
        label="Rôle"
        required
        data={WEB_ROLE_OPTIONS}
        allowDeselect={false}
        disabled={self}
        description={
          self ? 'Vous ne pouvez pas changer votre propre rôle d’administrateur.' : undefined
        }
        {...form.getInputProps('role')}
      />
      <OrganisationSelect
        label="Organisation"
        required
        initial={editing?.organisation ?? null}
        {...form.getInputProps('organisationId')}
      />
      <Switch
        label="Compte actif"
        disabled={self}
        description={
          self
            ? 'Vous ne pouvez pas désactiver votre propre compte : demandez-le à un autre administrateur.'
            : undefined
        }
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
