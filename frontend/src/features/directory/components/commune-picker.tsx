import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useCommuneSearch, type CommuneView } from '../api/search-communes';

/** The commune shown once chosen: its name and the point searches start from. */
export interface PickedCommune {
  /** "Montreuil (93)" */
  name: string;
  latitude: number;
  longitude: number;
  /** Known when just picked, not when read back from a URL. */
  commune?: CommuneView;
}

export function communeLabel(commune: CommuneView): string {
  return `${commune.name} (${commune.departmentCode})`;
}

interface CommunePickerProps {
  label: string;
  value: PickedCommune | null;
  onChange: (commune: PickedCommune | null) => void;
  description?: string;
  error?: ReactNode;
  required?: boolean;
}

const CURRENT = 'current';

/** Finds a commune by name or postcode as one types; its centre is the point. */
export function CommunePicker({
  label,
  value,
  onChange,
  description,
  error,
  required,
}: CommunePickerProps) {
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const query = debounced === value?.name ? '' : debounced;
  const communes = useCommuneSearch(query);

  const located = (communes.data ?? []).filter(
    (commune) => commune.latitude != null && commune.longitude != null,
  );
  const options = [
    ...(value ? [{ value: CURRENT, label: value.name }] : []),
    ...located.map((commune) => ({ value: commune.inseeCode, label: communeLabel(commune) })),
  ];

  return (
    <Select
      label={label}
      description={description}
      error={error}
      required={required}
      placeholder="Nom ou code postal"
      searchable
      clearable
      clearButtonProps={{ 'aria-label': 'Effacer la commune' }}
      searchValue={search}
      onSearchChange={setSearch}
      value={value ? CURRENT : null}
      data={options}
      filter={({ options: all }) => all}
      nothingFoundMessage={
        query === ''
          ? 'Saisissez un nom ou un code postal'
          : communes.isFetching
            ? 'Recherche…'
            : 'Aucune commune trouvée'
      }
      onChange={(selected) => {
        if (selected === null) {
          onChange(null);
          return;
        }
        const commune = located.find((candidate) => candidate.inseeCode === selected);
        if (commune?.latitude != null && commune.longitude != null) {
          onChange({
            name: communeLabel(commune),
            latitude: commune.latitude,
            longitude: commune.longitude,
            commune,
          });
        }
      }}
    />
  );
}
