import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useBuyerOrganisations } from '../api/buyer-organisations';

interface BuyerOrganisationSelectProps {
  value: string | null;
  onChange: (id: string | null) => void;
  /** The name of the organisation already chosen (a saved request or contract), shown before any search. */
  valueName?: string | null;
  error?: ReactNode;
  disabled?: boolean;
}

/**
 * The buyer organisation a facilitator acts for: any active public or private buyer, found
 * by its name as one types (the first ones in name order before typing).
 */
export function BuyerOrganisationSelect({
  value,
  onChange,
  valueName,
  error,
  disabled,
}: BuyerOrganisationSelectProps) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 300);
  // Once chosen, the field shows the name: no need to look it up again.
  const chosenName = value === null ? null : picked?.id === value ? picked.name : valueName;
  const text = debounced === chosenName ? '' : debounced;
  const organisations = useBuyerOrganisations(text, !disabled);
  const found = (organisations.data?.items ?? []).map((organisation) => ({
    value: organisation.id,
    label: organisation.name,
  }));
  const options =
    value !== null && chosenName && !found.some((option) => option.value === value)
      ? [{ value, label: chosenName }, ...found]
      : found;

  let nothingFound: string;
  if (organisations.isError) {
    nothingFound =
      'Impossible de charger les organisations acheteuses : réessayez dans un instant.';
  } else if (organisations.isFetching) {
    nothingFound = 'Recherche…';
  } else if (text === '') {
    nothingFound =
      'Aucune organisation acheteuse active : un administrateur doit d’abord la créer.';
  } else {
    nothingFound =
      'Aucune organisation acheteuse active ne porte ce nom : essayez une partie du nom, ou demandez à un administrateur de la créer.';
  }

  return (
    <Select
      label="Organisation acheteuse"
      description="Tapez une partie de son nom."
      placeholder={organisations.isPending && !disabled ? 'Chargement…' : 'Choisir'}
      required
      searchable
      disabled={disabled}
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      // The server filters on the name; the list shows what it found.
      filter={({ options: all }) => all}
      nothingFoundMessage={nothingFound}
      value={value}
      onChange={(id, option) => {
        setPicked(id === null || !option ? null : { id, name: option.label });
        onChange(id);
      }}
      error={error}
    />
  );
}
