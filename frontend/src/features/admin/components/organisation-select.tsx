import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Schema } from '@/lib/api/types';
import { getOrganisationsQueryOptions } from '../api/get-organisations';

type OrganisationRef = Schema<'OrganisationRef'>;

interface OrganisationSelectProps extends Omit<SelectProps, 'data' | 'searchable'> {
  /** The organisation currently chosen, so its name shows before any search. */
  initial?: OrganisationRef | null;
}

/** Picks an organisation by searching the server (there can be many SIAE). */
export function OrganisationSelect({ initial, ...props }: OrganisationSelectProps) {
  const [search, setSearch] = useState(initial?.name ?? '');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const organisations = useQuery(
    getOrganisationsQueryOptions({
      page: 0,
      size: 20,
      ...(debouncedSearch ? { q: debouncedSearch } : {}),
    }),
  );

  const options = new Map<string, string>();
  if (initial) options.set(initial.id, initial.name);
  for (const organisation of organisations.data?.items ?? []) {
    options.set(organisation.id, organisation.name);
  }

  return (
    <Select
      {...props}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={[...options].map(([value, label]) => ({ value, label }))}
      filter={({ options: all }) => all}
      nothingFoundMessage={organisations.isFetching ? 'Recherche…' : 'Aucune organisation trouvée'}
    />
  );
}
