import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { NumberField } from '@/components/number-field';
import type { FormModalTarget } from '@/hooks/use-form-modal-state';
import { numberRule, numberText, numberTextError, parseNumberText } from '@/lib/number-text';
import { requiredRule } from '@/lib/validation';
import { useCreateOffer, type OfferInput } from '../api/create-offer';
import type { OfferView } from '../api/get-structure';
import { useUpdateOffer } from '../api/update-offer';
import type { DirectoryReferences, PrestaType } from '../hooks/use-directory-references';
import { sectorOptions } from './sector-options';
import { StructureItemModal, type StructureItemKind } from './structure-item-modal';

type OfferValues = {
  title: string;
  description: string;
  sector: string | null;
  prestaType: PrestaType | null;
  unit: string;
  priceMin: string;
  priceMax: string;
  monthlyCapacity: string;
};

const PRICE = { min: 0, max: 9_999_999_999.99, decimals: 2 };
const priceRule = numberRule(PRICE);

/** An offer of the catalogue: what is sold, its indicative price and monthly capacity. */
export const OFFER_ITEM: StructureItemKind<OfferView, OfferValues, OfferInput> = {
  titles: { create: 'Nouvelle offre', edit: 'Modifier l’offre' },
  submitLabels: { create: 'Ajouter l’offre', edit: 'Enregistrer' },
  successMessage: (body, editing) =>
    editing ? `Offre « ${body.title} » modifiée.` : `Offre « ${body.title} » ajoutée.`,
  initialValues: (offer) => ({
    title: offer?.title ?? '',
    description: offer?.description ?? '',
    sector: offer?.sector ?? null,
    prestaType: offer?.prestaType ?? null,
    unit: offer?.unit ?? '',
    priceMin: numberText(offer?.priceMin),
    priceMax: numberText(offer?.priceMax),
    monthlyCapacity: numberText(offer?.monthlyCapacity),
  }),
  validate: {
    title: requiredRule('Saisissez l’intitulé de l’offre.'),
    sector: requiredRule('Choisissez un secteur.'),
    prestaType: requiredRule('Choisissez un type de prestation.'),
    priceMin: priceRule,
    priceMax: (value, values) => {
      const error = priceRule(value);
      if (error) return error;
      const max = parseNumberText(value);
      const min = numberTextError(values.priceMin, PRICE)
        ? undefined
        : parseNumberText(values.priceMin);
      return max !== undefined && min !== undefined && max < min
        ? 'Le prix maximum est inférieur au prix minimum.'
        : null;
    },
    monthlyCapacity: numberRule({ integer: true, min: 0, max: 1_000_000_000 }),
  },
  toBody: (values) => {
    if (values.sector === null || values.prestaType === null) return null;
    return {
      title: values.title.trim(),
      description: values.description.trim() || undefined,
      sector: values.sector,
      prestaType: values.prestaType,
      unit: values.unit.trim() || undefined,
      priceMin: parseNumberText(values.priceMin),
      priceMax: parseNumberText(values.priceMax),
      monthlyCapacity: parseNumberText(values.monthlyCapacity),
    };
  },
  Fields: ({ form, references }) => (
    <>
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
        <NumberField
          label="Capacité mensuelle (unités)"
          integer
          {...form.getInputProps('monthlyCapacity')}
        />
        <NumberField
          label="Prix indicatif minimum (€)"
          description="Par exemple 45,50"
          {...form.getInputProps('priceMin')}
        />
        <NumberField
          label="Prix indicatif maximum (€)"
          description="Par exemple 60"
          {...form.getInputProps('priceMax')}
        />
      </SimpleGrid>
    </>
  ),
};

interface OfferFormModalProps {
  structureId: string;
  target: FormModalTarget<OfferView>;
  references: DirectoryReferences;
  onClose: () => void;
  onReload: () => void;
}

export function OfferFormModal(props: OfferFormModalProps) {
  return (
    <StructureItemModal
      kind={OFFER_ITEM}
      create={useCreateOffer()}
      update={useUpdateOffer()}
      {...props}
    />
  );
}
