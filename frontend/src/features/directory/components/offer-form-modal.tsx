import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useApiFormErrors } from '@/hooks/use-api-form';
import type { FormModalTarget } from '@/hooks/use-form-modal-state';
import { requiredRule } from '@/lib/validation';
import { useCreateOffer, type OfferInput } from '../api/create-offer';
import type { OfferView } from '../api/get-structure';
import { useUpdateOffer } from '../api/update-offer';
import type { DirectoryReferences, PrestaType } from '../hooks/use-directory-references';
import { sectorOptions } from './sector-options';
import { StructureItemModal, useStructureItemSave } from './structure-item-modal';

type NumberValue = number | string;

function optionalNumber(value: NumberValue): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

interface OfferFormModalProps {
  structureId: string;
  target: FormModalTarget<OfferView>;
  references: DirectoryReferences;
  onClose: () => void;
  onReload: () => void;
}

export function OfferFormModal({
  structureId,
  target,
  references,
  onClose,
  onReload,
}: OfferFormModalProps) {
  const editing = target.mode === 'edit' ? target.item : null;
  const create = useCreateOffer();
  const update = useUpdateOffer();
  const form = useForm({
    initialValues: {
      title: editing?.title ?? '',
      description: editing?.description ?? '',
      sector: editing?.sector ?? null,
      prestaType: editing?.prestaType ?? (null as PrestaType | null),
      unit: editing?.unit ?? '',
      priceMin: (editing?.priceMin ?? '') as NumberValue,
      priceMax: (editing?.priceMax ?? '') as NumberValue,
      monthlyCapacity: (editing?.monthlyCapacity ?? '') as NumberValue,
    },
    validate: {
      title: requiredRule('Saisissez l’intitulé de l’offre.'),
      sector: requiredRule('Choisissez un secteur.'),
      prestaType: requiredRule('Choisissez un type de prestation.'),
      priceMax: (value, values) =>
        typeof value === 'number' && typeof values.priceMin === 'number' && value < values.priceMin
          ? 'Le prix maximum est inférieur au prix minimum.'
          : null,
    },
  });
  const { formError, stale, onSubmit, showError, clearError } = useApiFormErrors(form);
  const { save, submitting } = useStructureItemSave({
    structureId,
    editing,
    create,
    update,
    successMessage: (body) =>
      editing ? `Offre « ${body.title} » modifiée.` : `Offre « ${body.title} » ajoutée.`,
    showError,
    onClose,
  });

  const submit = onSubmit((values) => {
    if (values.sector === null || values.prestaType === null) return;
    clearError();
    const body: OfferInput = {
      title: values.title.trim(),
      description: values.description.trim() || undefined,
      sector: values.sector,
      prestaType: values.prestaType,
      unit: values.unit.trim() || undefined,
      priceMin: optionalNumber(values.priceMin),
      priceMax: optionalNumber(values.priceMax),
      monthlyCapacity: optionalNumber(values.monthlyCapacity),
    };
    save(body);
  });

  return (
    <StructureItemModal
      title={editing ? 'Modifier l’offre' : 'Nouvelle offre'}
      submitLabel={editing ? 'Enregistrer' : 'Ajouter l’offre'}
      submitting={submitting}
      formError={formError}
      stale={stale}
      onReload={onReload}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextInput
        label="Intitulé"
        required
        data-autofocus
        maxLength={200}
        {...form.getInputProps('title')}
      />
      <Textarea
        label="Description"
        autosize
        minRows={2}
        maxLength={5000}
        {...form.getInputProps('description')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Secteur"
          required
          searchable
          data={sectorOptions(references.sectorGroups)}
          nothingFoundMessage="Aucun secteur"
          {...form.getInputProps('sector')}
        />
        <Select
          label="Type de prestation"
          required
          allowDeselect={false}
          data={references.prestaTypes.map((type) => ({ value: type.code, label: type.label }))}
          {...form.getInputProps('prestaType')}
        />
        <TextInput
          label="Unité"
          placeholder="heure, m², pièce, repas…"
          maxLength={50}
          {...form.getInputProps('unit')}
        />
        <NumberInput
          label="Capacité mensuelle (unités)"
          min={0}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('monthlyCapacity')}
        />
        <NumberInput
          label="Prix indicatif minimum (€)"
          min={0}
          decimalScale={2}
          decimalSeparator=","
          allowNegative={false}
          {...form.getInputProps('priceMin')}
        />
        <NumberInput
          label="Prix indicatif maximum (€)"
          min={0}
          decimalScale={2}
          decimalSeparator=","
          allowNegative={false}
          {...form.getInputProps('priceMax')}
        />
      </SimpleGrid>
    </StructureItemModal>
  );
}
