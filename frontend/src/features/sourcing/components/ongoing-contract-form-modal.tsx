import { Box, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormModal } from '@/components/form-modal';
import { NumberField } from '@/components/number-field';
import { StaleNotice } from '@/components/stale-notice';
import { useApiFormErrors } from '@/hooks/use-api-form';
import type { FormModalTarget } from '@/hooks/use-form-modal-state';
import { numberRule, numberText, parseNumberText } from '@/lib/number-text';
import { saveCallbacks } from '@/lib/save-callbacks';
import { emailRule, requiredRule } from '@/lib/validation';
import {
  useSaveOngoingContract,
  type OngoingContractInput,
  type OngoingContractView,
} from '../api/ongoing-contracts';
import { BuyerOrganisationSelect } from './buyer-organisation-select';
import { useDirectoryTools } from './directory-tools';

interface ContractValues {
  buyerOrganisationId: string | null;
  title: string;
  holderName: string;
  holderSiret: string;
  holderContactName: string;
  holderContactEmail: string;
  holderContactPhone: string;
  amount: string;
  endDate: string;
  sectors: string[];
}

function valuesOf(contract: OngoingContractView | null): ContractValues {
  return {
    buyerOrganisationId: contract?.buyerOrganisationId ?? null,
    title: contract?.title ?? '',
    holderName: contract?.holderName ?? '',
    holderSiret: contract?.holderSiret ?? '',
    holderContactName: contract?.holderContactName ?? '',
    holderContactEmail: contract?.holderContactEmail ?? '',
    holderContactPhone: contract?.holderContactPhone ?? '',
    amount: numberText(contract?.amount),
    endDate: contract?.endDate ?? '',
    sectors: contract?.sectors ?? [],
  };
}

/** Optional texts are left out when blank. */
function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

function toInput(values: ContractValues): OngoingContractInput {
  const amount = parseNumberText(values.amount);
  const input: OngoingContractInput = {
    buyerOrganisationId: values.buyerOrganisationId ?? '',
    title: values.title.trim(),
    holderName: values.holderName.trim(),
    sectors: values.sectors,
  };
  const siret = optional(values.holderSiret);
  const contactName = optional(values.holderContactName);
  const email = optional(values.holderContactEmail);
  const phone = optional(values.holderContactPhone);
  if (siret) input.holderSiret = siret;
  if (contactName) input.holderContactName = contactName;
  if (email) input.holderContactEmail = email;
  if (phone) input.holderContactPhone = phone;
  if (amount !== undefined) input.amount = amount;
  if (values.endDate) input.endDate = values.endDate;
  return input;
}

const SIRET = /^\d{14}$/;

export function OngoingContractFormModal({
  target,
  onClose,
}: {
  target: FormModalTarget<OngoingContractView>;
  onClose: () => void;
}) {
  const { SectorField } = useDirectoryTools();
  const existing = target.mode === 'edit' ? target.item : null;
  const save = useSaveOngoingContract();
  const form = useForm<ContractValues>({
    initialValues: valuesOf(existing),
    validate: {
      buyerOrganisationId: requiredRule('Choisissez l’organisation acheteuse.'),
      title: requiredRule('Donnez l’intitulé du marché.'),
      holderName: requiredRule('Indiquez l’entreprise titulaire.'),
      holderSiret: (value) =>
        value.trim() === '' || SIRET.test(value.replace(/\s/g, ''))
          ? null
          : 'Le SIRET compte 14 chiffres.',
      holderContactEmail: (value) => (value.trim() === '' ? null : emailRule(value)),
      amount: numberRule({ decimals: 2, min: 0 }),
    },
  });
  const { formError, invalidFields, stale, onSubmit, showError, clearError } =
    useApiFormErrors(form);
  const values = form.getValues();

  const submit = onSubmit((submitted) => {
    clearError();
    const body = toInput(submitted);
    save.mutate(
      { existing, body },
      saveCallbacks(
        existing ? `Marché « ${body.title} » modifié.` : `Marché « ${body.title} » créé.`,
        onClose,
        showError,
      ),
    );
  });

  return (
    <FormModal
      opened
      title={existing ? 'Modifier le marché en cours' : 'Nouveau marché en cours'}
      submitLabel={existing ? 'Enregistrer' : 'Créer le marché'}
      submitting={save.isPending}
      formError={formError}
      invalidFields={invalidFields}
      notice={stale && <StaleNotice onReload={onClose} />}
      onClose={onClose}
      onSubmit={submit}
    >
      <BuyerOrganisationSelect
        value={values.buyerOrganisationId}
        valueName={existing?.buyerOrganisationName}
        onChange={(id) => form.setFieldValue('buyerOrganisationId', id)}
        error={form.errors.buyerOrganisationId}
      />
      <TextInput
        label="Intitulé du marché"
        required
        data-autofocus
        {...form.getInputProps('title')}
      />
      <Text fw={500} size="sm">
        Titulaire
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Entreprise titulaire" required {...form.getInputProps('holderName')} />
        <TextInput label="SIRET" inputMode="numeric" {...form.getInputProps('holderSiret')} />
        <TextInput label="Personne à contacter" {...form.getInputProps('holderContactName')} />
        <TextInput
          label="E-mail du contact"
          type="email"
          {...form.getInputProps('holderContactEmail')}
        />
        <TextInput
          label="Téléphone du contact"
          type="tel"
          {...form.getInputProps('holderContactPhone')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberField label="Montant du marché (€ HT)" {...form.getInputProps('amount')} />
        <TextInput type="date" label="Date de fin" {...form.getInputProps('endDate')} />
      </SimpleGrid>
      <Box>
        <SectorField
          selected={values.sectors}
          onChange={(sectors) => form.setFieldValue('sectors', sectors)}
        />
      </Box>
    </FormModal>
  );
}
