import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { StructureSummary } from '../api/get-my-structures';
import { useStructureSuggestions } from '../api/get-structure-suggestions';
import type { StructureChoice } from '../utils/order-form-values';

/** Fewer characters match too much of the directory to be of help. */
const MIN_QUERY_LENGTH = 2;

const LABEL = 'Structure qui commande';

interface FieldProps {
  value: StructureChoice | null;
  onChange: (structure: StructureChoice | null) => void;
  error?: string | null | undefined;
}

/** "Les Jardins de Cocagne · Montreuil (93)" */
function optionLabel(structure: StructureSummary): string {
  const place = structure.city
    ? `${structure.city}${structure.department ? ` (${structure.department})` : ''}`
    : null;
  return place ? `${structure.name} · ${place}` : structure.name;
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
        label: optionLabel(structure),
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
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const query = debounced.length >= MIN_QUERY_LENGTH && debounced !== value?.name ? debounced : '';
  const results = useStructureSuggestions(query);
  const found = query === '' ? [] : (results.data?.items ?? []);
  const options = found.map((structure) => ({
    value: structure.id,
    label: optionLabel(structure),
  }));
  if (value && !options.some((option) => option.value === value.id)) {
    options.unshift({ value: value.id, label: value.name });
  }

  return (
    <Select
      label={LABEL}
      description="Cherchez-la par son nom, son SIRET ou sa commune."
      required
      searchable
      clearable
      placeholder="Nom, SIRET ou commune"
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      data={options}
      filter={({ options: all }) => all}
      error={error}
      nothingFoundMessage={
        query === ''
          ? 'Saisissez au moins deux lettres du nom, le SIRET ou la commune'
          : results.isFetching
            ? 'Recherche…'
            : 'Aucune structure trouvée : essayez un autre nom ou le SIRET'
      }
      onChange={(id) => {
        if (id === null) {
          onChange(null);
          return;
        }
        const structure = found.find((candidate) => candidate.id === id);
        if (structure) onChange({ id: structure.id, name: structure.name });
      }}
    />
  );
}
