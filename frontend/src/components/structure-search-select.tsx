import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

type StructureSummary = Schema<'StructureSummary'>;

/** Fewer characters match too much of the directory to be of help. */
const MIN_QUERY_LENGTH = 2;
/** Suggestions shown as one types: enough to find a structure by name, SIRET or town. */
const SUGGESTIONS = 10;

/** A structure chosen: its id, and its name to show. */
export interface StructureChoice {
  id: string;
  name: string;
}

/** Active structures of the directory matching what is typed. */
function useActiveStructureSuggestions(text: string) {
  return useQuery({
    queryKey: ['structures', 'active-suggestions', text],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/structures', {
          params: { query: { q: text, size: SUGGESTIONS, facets: false, active: true } },
        }),
      ),
    enabled: text !== '',
    staleTime: 60_000,
  });
}

/** "Les Jardins de Cocagne · Montreuil (93)" */
export function structureOptionLabel(
  structure: Pick<StructureSummary, 'name' | 'city' | 'department'>,
): string {
  const place = structure.city
    ? `${structure.city}${structure.department ? ` (${structure.department})` : ''}`
    : null;
  return place ? `${structure.name} · ${place}` : structure.name;
}

interface StructureSearchSelectProps extends Pick<
  SelectProps,
  'label' | 'required' | 'error' | 'maw' | 'w'
> {
  value: StructureChoice | null;
  onChange: (structure: StructureChoice | null) => void;
}

/**
 * Any active structure of the directory, found by name, SIRET or town (a facilitator orders for
 * one, or enters its answer to the barometer on the phone).
 */
export function StructureSearchSelect({ value, onChange, ...props }: StructureSearchSelectProps) {
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const query = debounced.length >= MIN_QUERY_LENGTH && debounced !== value?.name ? debounced : '';
  const results = useActiveStructureSuggestions(query);
  const found = query === '' ? [] : (results.data?.items ?? []);
  const options = found.map((structure) => ({
    value: structure.id,
    label: structureOptionLabel(structure),
  }));
  if (value && !options.some((option) => option.value === value.id)) {
    options.unshift({ value: value.id, label: value.name });
  }

  return (
    <Select
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
      {...props}
    />
  );
}
