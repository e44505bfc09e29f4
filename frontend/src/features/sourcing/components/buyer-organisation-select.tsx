import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useOngoingContracts } from '../api/ongoing-contracts';
import { useSourcingRequests } from '../api/get-sourcing-requests';

interface BuyerOrganisationSelectProps {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: ReactNode;
  disabled?: boolean;
}

/**
 * The buyer organisation a facilitator acts for. No list of organisations is open to
 * facilitators: the choices are the buyers already seen in the requests and the ongoing
 * contracts (the most recent hundred of each).
 */
export function BuyerOrganisationSelect({
  value,
  onChange,
  error,
  disabled,
}: BuyerOrganisationSelectProps) {
  const requests = useSourcingRequests({ size: 100 });
  const contracts = useOngoingContracts({ size: 100 });
  const names = new Map<string, string>();
  for (const item of [...(requests.data?.items ?? []), ...(contracts.data?.items ?? [])]) {
    names.set(item.buyerOrganisationId, item.buyerOrganisationName);
  }
  const loading = requests.isPending || contracts.isPending;
  return (
    <Select
      label="Organisation acheteuse"
      description="Parmi les acheteurs qui ont déjà un besoin ou un marché en cours."
      placeholder={loading ? 'Chargement…' : 'Choisir'}
      required
      searchable
      disabled={disabled}
      data={[...names]
        .map(([id, name]) => ({ value: id, label: name }))
        .sort((a, b) => a.label.localeCompare(b.label, 'fr'))}
      nothingFoundMessage="Aucun acheteur connu sous ce nom"
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
