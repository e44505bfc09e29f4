import { Checkbox, Group, MultiSelect, Radio, Select, Stack } from '@mantine/core';
import { NumberField } from '@/components/number-field';
import type { FormModalTarget } from '@/hooks/use-form-modal-state';
import type { Schema } from '@/lib/api/types';
import { numberRule, numberText, parseNumberText } from '@/lib/number-text';
import { requiredRule } from '@/lib/validation';
import { useCreateActivity, type ActivityInput } from '../api/create-activity';
import type { ActivityView } from '../api/get-structure';
import { useUpdateActivity } from '../api/update-activity';
import type { DirectoryReferences, PrestaType } from '../hooks/use-directory-references';
import { sectorOptions } from './sector-options';
import { StructureItemModal, type StructureItemKind } from './structure-item-modal';

type GeoRange = Schema<'GeoRange'>;

const GEO_RANGE_LABELS: Record<GeoRange, string> = {
  COUNTRY: 'Toute la France',
  DEPARTMENTS: 'Certains départements',
  RADIUS: 'Un rayon autour de la structure',
};

type ActivityValues = {
  sector: string | null;
  prestaTypes: PrestaType[];
  geoRange: GeoRange;
  geoDepartments: string[];
  geoRadiusKm: string;
};

const radiusRule = numberRule({
  integer: true,
  min: 1,
  max: 1000,
  required: 'Indiquez le rayon en kilomètres.',
});

/** An activity: a sector, the kinds of service, and where the structure works. */
export const ACTIVITY_ITEM: StructureItemKind<ActivityView, ActivityValues, ActivityInput> = {
  titles: { create: 'Nouvelle activité', edit: 'Modifier l’activité' },
  submitLabels: { create: 'Ajouter l’activité', edit: 'Enregistrer' },
  successMessage: (_body, editing) => (editing ? 'Activité modifiée.' : 'Activité ajoutée.'),
  initialValues: (activity) => ({
    sector: activity?.sector ?? null,
    prestaTypes: activity?.prestaTypes ?? ['SERVICE'],
    geoRange: activity?.geoRange ?? 'DEPARTMENTS',
    geoDepartments: activity?.geoDepartments ?? [],
    geoRadiusKm: numberText(activity?.geoRadiusKm),
  }),
  validate: {
    sector: requiredRule('Choisissez un secteur.'),
    prestaTypes: (value) => (value.length ? null : 'Choisissez au moins un type de prestation.'),
    geoDepartments: (value, values) =>
      values.geoRange === 'DEPARTMENTS' && value.length === 0
        ? 'Choisissez au moins un département.'
        : null,
    geoRadiusKm: (value, values) => (values.geoRange === 'RADIUS' ? radiusRule(value) : null),
  },
  toBody: (values) => {
    if (values.sector === null) return null;
    return {
      sector: values.sector,
      prestaTypes: values.prestaTypes,
      geoRange: values.geoRange,
      ...(values.geoRange === 'DEPARTMENTS' ? { geoDepartments: values.geoDepartments } : {}),
      ...(values.geoRange === 'RADIUS' ? { geoRadiusKm: parseNumberText(values.geoRadiusKm) } : {}),
    };
  },
  Fields: ({ form, references }) => (
    <>
      <Select
        label="Secteur"
        required
        searchable
        data-autofocus
        data={sectorOptions(references.sectorGroups)}
        nothingFoundMessage="Aucun secteur"
        {...form.getInputProps('sector')}
      />
      <Checkbox.Group label="Types de prestation" required {...form.getInputProps('prestaTypes')}>
        <Group mt="xs">
          {references.prestaTypes.map((type) => (
            <Checkbox key={type.code} value={type.code} label={type.label} />
          ))}
        </Group>
      </Checkbox.Group>
      <Radio.Group label="Zone d’intervention" required {...form.getInputProps('geoRange')}>
        <Stack gap="xs" mt="xs">
          {(Object.keys(GEO_RANGE_LABELS) as GeoRange[]).map((range) => (
            <Radio key={range} value={range} label={GEO_RANGE_LABELS[range]} />
          ))}
        </Stack>
      </Radio.Group>
      {form.values.geoRange === 'DEPARTMENTS' && (
        <MultiSelect
          label="Départements"
          required
          searchable
          data={references.departments.map((department) => ({
            value: department.code,
            label: `${department.code} – ${department.name}`,
          }))}
          {...form.getInputProps('geoDepartments')}
        />
      )}
      {form.values.geoRange === 'RADIUS' && (
        <NumberField
          label="Rayon (km)"
          description="De 1 à 1 000 km"
          required
          integer
          {...form.getInputProps('geoRadiusKm')}
        />
      )}
    </>
  ),
};

interface ActivityFormModalProps {
  structureId: string;
  target: FormModalTarget<ActivityView>;
  references: DirectoryReferences;
  onClose: () => void;
  onReload: () => void;
}

export function ActivityFormModal(props: ActivityFormModalProps) {
  return (
    <StructureItemModal
      kind={ACTIVITY_ITEM}
      create={useCreateActivity()}
      update={useUpdateActivity()}
      {...props}
    />
  );
}
