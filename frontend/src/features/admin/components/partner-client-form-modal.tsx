import { MultiSelect, NumberInput, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { FormModal } from '@/components/form-modal';
import { StaleNotice } from '@/components/stale-notice';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { etagOf } from '@/lib/api/etag';
import type { FormModalTarget } from '@/hooks/use-form-modal-state';
import { PARTNER_SCOPE_LABELS, toOptions } from '@/lib/labels';
import { requiredRule } from '@/lib/validation';
import { useCreatePartnerClient } from '../api/create-partner-client';
import type { PartnerClientCreated, PartnerClientView } from '../api/get-partner-clients';
import { useUpdatePartnerClient } from '../api/update-partner-client';
import { OrganisationSelect } from './organisation-select';

interface Props {
  target: FormModalTarget<PartnerClientView>;
  onClose: () => void;
  /** Called with the secret the server returns once, on creation. */
  onCreated: (created: PartnerClientCreated) => void;
}

const SCOPE_OPTIONS = toOptions(PARTNER_SCOPE_LABELS);

export function PartnerClientFormModal({ target, onClose, onCreated }: Props) {
  const editing = target.mode === 'edit' ? target.item : null;
  const create = useCreatePartnerClient();
  const update = useUpdatePartnerClient();
  const form = useForm({
    initialValues: {
      clientId: editing?.clientId ?? '',
      name: editing?.name ?? '',
      organisationId: editing?.organisation.id ?? null,
      scopes: editing?.scopes ?? [],
      active: editing?.active ?? true,
      requestsPerMinute: (editing?.requestsPerMinute ?? '') as number | string,
    },
    validate: {
      clientId: (value) =>
        /^[a-z0-9][a-z0-9._-]{2,63}$/.test(value.trim())
          ? null
          : 'De 3 à 64 caractères : lettres minuscules, chiffres, points, tirets.',
      name: requiredRule('Saisissez le nom du client.'),
      organisationId: requiredRule('Choisissez une organisation.'),
      requestsPerMinute: (value) =>
        value === '' ||
        (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100_000)
          ? null
          : 'Saisissez un nombre entier entre 1 et 100 000, ou laissez vide.',
    },
  });
  const { formError, stale, onSubmit, showError, clearError } = useApiFormErrors(form);

  const submit = onSubmit(
    ({ clientId, name, organisationId, scopes, active, requestsPerMinute }) => {
      if (organisationId === null) return;
      clearError();
      const body = {
        clientId: clientId.trim(),
        name: name.trim(),
        organisationId,
        scopes,
        active,
        // Empty: the client follows the application's default limit.
        requestsPerMinute: typeof requestsPerMinute === 'number' ? requestsPerMinute : undefined,
      };
      if (editing) {
        update.mutate(
          { id: editing.id, ifMatch: etagOf(editing), body },
          {
            onSuccess: () => {
              notifications.show({ color: 'green', message: `Client « ${body.name} » modifié.` });
              onClose();
            },
            onError: showError,
          },
        );
      } else {
        create.mutate(body, {
          onSuccess: (created) => {
            notifications.show({ color: 'green', message: `Client « ${body.name} » créé.` });
            onCreated(created);
          },
          onError: showError,
        });
      }
    },
  );

  return (
    <FormModal
      opened
      title={editing ? 'Modifier le client partenaire' : 'Nouveau client partenaire'}
      submitLabel={editing ? 'Enregistrer' : 'Créer le client'}
      submitting={create.isPending || update.isPending}
      formError={formError}
      notice={stale && <StaleNotice onReload={onClose} />}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextInput
        label="Identifiant du client (client_id)"
        required
        data-autofocus
        {...form.getInputProps('clientId')}
      />
      <TextInput label="Nom" required {...form.getInputProps('name')} />
      <OrganisationSelect
        label="Organisation"
        required
        initial={editing?.organisation ?? null}
        {...form.getInputProps('organisationId')}
      />
      <MultiSelect
        label="Autorisations du client"
        description="Ce que le client peut faire avec l’API."
        data={SCOPE_OPTIONS}
        clearable
        hidePickedOptions
        {...form.getInputProps('scopes')}
      />
      <NumberInput
        label="Limite de requêtes par minute"
        description="Laissez vide pour appliquer la limite par défaut (600 requêtes par minute, sauf configuration contraire)."
        min={1}
        max={100_000}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator=" "
        {...form.getInputProps('requestsPerMinute')}
      />
      <Switch label="Client actif" {...form.getInputProps('active', { type: 'checkbox' })} />
    </FormModal>
  );
}
