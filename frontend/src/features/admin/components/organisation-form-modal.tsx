import { Select, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormModal } from '@/components/form-modal';
import { StaleNotice } from '@/components/stale-notice';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { etagOf } from '@/lib/api/etag';
import type { FormModalTarget } from '@/hooks/use-form-modal-state';
import { ORGANISATION_KIND_LABELS, toOptions } from '@/lib/labels';
import { requiredRule } from '@/lib/validation';
import { saveCallbacks } from '@/lib/save-callbacks';
import { useCreateOrganisation } from '../api/create-organisation';
import type { OrganisationView } from '../api/get-organisations';
import { useUpdateOrganisation } from '../api/update-organisation';

interface Props {
  target: FormModalTarget<OrganisationView>;
  onClose: () => void;
}

export function OrganisationFormModal({ target, onClose }: Props) {
  const editing = target.mode === 'edit' ? target.item : null;
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const form = useForm({
    initialValues: {
      name: editing?.name ?? '',
      kind: editing?.kind ?? null,
      active: editing?.active ?? true,
    },
    validate: {
      name: requiredRule('Saisissez le nom de l’organisation.'),
      kind: requiredRule('Choisissez un type d’organisation.'),
    },
  });
  const { formError, stale, onSubmit, showError, clearError } = useApiFormErrors(form);

  const submit = onSubmit(({ name, kind, active }) => {
    if (kind === null) return;
    clearError();
    const body = { name: name.trim(), kind, active };
    const callbacks = saveCallbacks(
      editing ? `Organisation « ${body.name} » modifiée.` : `Organisation « ${body.name} » créée.`,
      onClose,
      showError,
    );
    if (editing) update.mutate({ id: editing.id, ifMatch: etagOf(editing), body }, callbacks);
    else create.mutate(body, callbacks);
  });

  return (
    <FormModal
      opened
      title={editing ? 'Modifier l’organisation' : 'Nouvelle organisation'}
      submitLabel={editing ? 'Enregistrer' : 'Créer l’organisation'}
      submitting={create.isPending || update.isPending}
      formError={formError}
      notice={stale && <StaleNotice onReload={onClose} />}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextInput label="Nom" required data-autofocus {...form.getInputProps('name')} />
      <Select
        label="Type d’organisation"
        required
        data={toOptions(ORGANISATION_KIND_LABELS)}
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      <Switch label="Organisation active" {...form.getInputProps('active', { type: 'checkbox' })} />
    </FormModal>
  );
}
