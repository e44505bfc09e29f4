import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useStructureSuggestions, type StructureSummary } from '../api/structures';

/** Fewer characters match too much of the directory to be of help. */
const MIN_QUERY_LENGTH = 2;

export interface StructureChoice {
  id: string;
  name: string;
}

interface StructureSearchFieldProps {
  value: StructureChoice | null;
  onChange: (structure: StructureChoice | null) => void;
}

/** "Les Jardins de Cocagne · Montreuil (93)" */
function optionLabel(structure: StructureSummary): string {
  const place = structure.city
    ? `${structure.city}${structure.department ? ` (${structure.department})` : ''}`
    : null;
  return place ? `${structure.name} · ${place}` : structure.name;
}

/** Any active structure of the directory, found by name, SIRET or town. */
export function StructureSearchField({ value, onChange }: StructureSearchFieldProps) {
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
      label="Structure appelée"
      description="Cherchez-la par son nom, son SIRET ou sa commune."
      searchable
      clearable
      clearButtonProps={{ 'aria-label': 'Effacer la structure' }}
      placeholder="Nom, SIRET ou commune"
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      data={options}
      filter={({ options: all }) => all}
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
      maw={520}
    />
  );
}
