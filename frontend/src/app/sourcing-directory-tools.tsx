import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Outlet } from 'react-router';
import { useStructure } from '@/features/directory/api/get-structure';
import { searchStructuresQueryOptions } from '@/features/directory/api/search-structures';
import { CommunePicker } from '@/features/directory/components/commune-picker';
import { SectorTreeFilter } from '@/features/directory/components/sector-tree-filter';
import { useDirectoryReferences } from '@/features/directory/hooks/use-directory-references';
import {
  DirectoryToolsProvider,
  type CommuneFieldProps,
  type DirectoryTools,
  type SectorFieldProps,
  type StructureFieldProps,
} from '@/features/sourcing/components/directory-tools';

function CommuneField({ value, onChange, ...props }: CommuneFieldProps) {
  return (
    <CommunePicker
      {...props}
      value={value}
      onChange={(picked) => {
        onChange(
          picked && {
            name: picked.name,
            latitude: picked.latitude,
            longitude: picked.longitude,
            ...(picked.commune ? { department: picked.commune.departmentCode } : {}),
          },
        );
      }}
    />
  );
}

function SectorField({ selected, onChange }: SectorFieldProps) {
  const { sectorGroups } = useDirectoryReferences();
  return <SectorTreeFilter groups={sectorGroups} selected={selected} onChange={onChange} />;
}

/** A structure found by name in the directory (or among the suggestions). */
function StructureField({
  label,
  value,
  onChange,
  suggestions = [],
  error,
  required,
}: StructureFieldProps) {
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const query = debounced === '' || debounced === value?.name ? '' : debounced;
  const found = useQuery({
    ...searchStructuresQueryOptions({ q: query, size: 10 }),
    enabled: query !== '',
  });
  const results = query === '' ? [] : (found.data?.items ?? []);
  const choices = new Map<string, string>();
  for (const choice of [...(value ? [value] : []), ...suggestions]) {
    choices.set(choice.id, choice.name);
  }
  for (const structure of results) choices.set(structure.id, structure.name);

  return (
    <Select
      label={label}
      placeholder="Nom de la structure"
      searchable
      clearable
      clearButtonProps={{ 'aria-label': 'Effacer la structure' }}
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      data={[...choices].map(([id, name]) => ({ value: id, label: name }))}
      nothingFoundMessage={
        found.isFetching ? 'Recherche…' : 'Aucune structure trouvée : essayez un autre nom'
      }
      error={error}
      required={required}
      onChange={(id) => {
        const name = id === null ? undefined : choices.get(id);
        onChange(id !== null && name !== undefined ? { id, name } : null);
      }}
    />
  );
}

function useStructureName(id: string): string | undefined {
  return useStructure(id).data?.data.name;
}

const tools: DirectoryTools = {
  useReferences: useDirectoryReferences,
  useStructureName,
  CommuneField,
  SectorField,
  StructureField,
};

/** The sourcing pages, given the directory's lists and pickers. */
export function SourcingWithDirectory() {
  return (
    <DirectoryToolsProvider value={tools}>
      <Outlet />
    </DirectoryToolsProvider>
  );
}
