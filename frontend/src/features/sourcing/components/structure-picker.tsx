import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useStructureSuggestions, type PickableStructure } from '../api/structures';

/** Fewer characters match too much of the directory to be of help. */
const MIN_QUERY_LENGTH = 2;

interface StructurePickerProps {
  label: string;
  description?: string;
  /** Structures that cannot be picked (already chosen, already solicited). */
  excludedIds?: string[];
  onPick: (structure: PickableStructure) => void;
  error?: string | null;
  disabled?: boolean;
  id?: string;
  /** Searches through this personal link (no account) instead of the directory. */
  linkToken?: string;
}

/** "Les Jardins de Cocagne · Montreuil (93)" */
export function structureOptionLabel(structure: PickableStructure): string {
  const place = structure.city
    ? `${structure.city}${structure.department ? ` (${structure.department})` : ''}`
    : null;
  return place ? `${structure.name} · ${place}` : structure.name;
}

/**
 * Finds a structure of the directory by name, brand, SIRET or town as one types (the directory's
 * search), and hands the one picked over; the field empties itself for the next one.
 */
export function StructurePicker({
  label,
  description,
  excludedIds = [],
  onPick,
  error,
  disabled,
  id,
  linkToken,
}: StructurePickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const query = debounced.length >= MIN_QUERY_LENGTH ? debounced : '';
  const results = useStructureSuggestions(query, linkToken);
  const found = query === '' ? [] : (results.data ?? []);
  const candidates = found.filter((structure) => !excludedIds.includes(structure.id));

  return (
    <Select
      id={id}
      label={label}
      description={description}
      placeholder="Nom, SIRET ou commune"
      searchable
      disabled={disabled}
      error={error}
      searchValue={search}
      onSearchChange={setSearch}
      value={null}
      data={candidates.map((structure) => ({
        value: structure.id,
        label: structureOptionLabel(structure),
      }))}
      filter={({ options }) => options}
      nothingFoundMessage={
        query === ''
          ? 'Saisissez au moins deux lettres du nom, le SIRET ou la commune'
          : results.isFetching
            ? 'Recherche…'
            : 'Aucune structure trouvée : essayez un autre nom ou le SIRET'
      }
      onChange={(selected) => {
        const structure = candidates.find((candidate) => candidate.id === selected);
        if (structure) {
          onPick(structure);
          setSearch('');
        }
      }}
    />
  );
}
