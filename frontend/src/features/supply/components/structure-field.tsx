import { Select } from '@mantine/core';
import { StructureSearchSelect, structureOptionLabel } from '@/components/structure-search-select';
import type { StructureSummary } from '../api/get-my-structures';
import type { StructureChoice } from '../utils/order-form-values';

const LABEL = 'Structure qui commande';

interface FieldProps {
  value: StructureChoice | null;
  onChange: (structure: StructureChoice | null) => void;
  error?: string | null | undefined;
}

/** A siae user's choice among its organisation's structures (shown when it has several). */
export function OwnStructureField({
  structures,
  value,
  onChange,
  error,
}: FieldProps & { structures: StructureSummary[] }) {
  return (
    <Select
      label={LABEL}
      required
      allowDeselect={false}
      placeholder="Choisir"
      data={structures.map((structure) => ({
        value: structure.id,
        label: structureOptionLabel(structure),
      }))}
      value={value?.id ?? null}
      error={error}
      onChange={(id) => {
        const structure = structures.find((candidate) => candidate.id === id);
        onChange(structure ? { id: structure.id, name: structure.name } : null);
      }}
    />
  );
}

/** A facilitator orders for any structure of the directory: found by name, SIRET or town. */
export function AnyStructureField({ value, onChange, error }: FieldProps) {
  return (
    <StructureSearchSelect label={LABEL} required value={value} onChange={onChange} error={error} />
  );
}
