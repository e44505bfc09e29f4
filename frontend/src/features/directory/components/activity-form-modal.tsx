import { Checkbox, Group, MultiSelect, NumberInput, Radio, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useApiFormErrors } from '@/hooks/use-api-form';
import type { FormModalTarget } from '@/hooks/use-form-modal-state';
import type { Schema } from '@/lib/api/types';
import { requiredRule } from '@/lib/validation';
import { useCreateActivity, type ActivityInput } from '../api/create-activity';
import type { ActivityView } from '../api/get-structure';
import { useUpdateActivity } from '../api/update-activity';
import type { DirectoryReferences, PrestaType } from '../hooks/use-directory-references';
import { sectorOptions } from './sector-options';
import { StructureItemModal, useStructureItemSave } from './structure-item-modal';

type GeoRange = Schema<'GeoRange'>;

const GEO_RANGE_LABELS: Record<GeoRange, string> = {
  COUNTRY: 'Toute la France',
  DEPARTMENTS: 'Certains départements',
  RADIUS: 'Un rayon autour de la structure',
};

interface ActivityFormModalProps {
  structureId: string;
  target: FormModalTarget<ActivityView>;
  references: DirectoryReferences;
  onClose: () => void;
  onReload: () => void;
}

export function ActivityFormModal({
  structureId,
  target,
  references,
  onClose,
  onReload,
}: ActivityFormModalProps) {
  const editing = target.mode === 'edit' ? target.item : null;
  const create = useCreateActivity();
  const update = useUpdateActivity();
  const form = useForm({
    initialValues: {
      sector: editing?.sector ?? null,
      prestaTypes: editing?.prestaTypes ?? (['SERVICE'] as PrestaType[]),
      geoRange: editing?.geoRange ?? 'DEPARTMENTS',
      geoDepartments: editing?.geoDepartments ?? [],
      geoRadiusKm: (editing?.geoRadiusKm ?? '') as number | string,
    },
    validate: {
      sector: requiredRule('Choisissez un secteur.'),
      prestaTypes: (value) => (value.length ? null : 'Choisissez au moins un type de prestation.'),
      geoDepartments: (value, values) =>
        values.geoRange === 'DEPARTMENTS' && value.length === 0
          ? 'Choisissez au moins un département.'
          : null,
      geoRadiusKm: (value, values) =>
        values.geoRange === 'RADIUS' && typeof value !== 'number'
          ? 'Indiquez le rayon en kilomètres.'
          : null,
    },
  });
  const { formError, stale, onSubmit, showError, clearError } = useApiFormErrors(form);
  const { save, submitting } = useStructureItemSave({
    structureId,
    editing,
    create,
    update,
    successMessage: () => (editing ? 'Activité modifiée.' : 'Activité ajoutée.'),
    showError,
    onClose,
  });

  const submit = onSubmit((values) => {
    if (values.sector === null) return;
    clearError();
    const body: ActivityInput = {
      sector: values.sector,
      prestaTypes: values.prestaTypes,
      geoRange: values.geoRange,
      ...(values.geoRange === 'DEPARTMENTS' ? { geoDepartments: values.geoDepartments } : {}),
      ...(values.geoRange === 'RADIUS' && typeof values.geoRadiusKm === 'number'
        ? { geoRadiusKm: values.geoRadiusKm }
        : {}),
    };
    save(body);
  });

  return (
    <StructureItemModal
      title={editing ? 'Modifier l’activité' : 'Nouvelle activité'}
      submitLabel={editing ? 'Enregistrer' : 'Ajouter l’activité'}
      submitting={submitting}
      formError={formError}
      stale={stale}
      onReload={onReload}
      onClose={onClose}
      onSubmit={submit}
    >
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
        <NumberInput
          label="Rayon (km)"
          required
          min={1}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('geoRadiusKm')}
        />
      )}
    </StructureItemModal>
  );
}
