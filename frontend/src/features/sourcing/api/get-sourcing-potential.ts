import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import {
  toRequestInput,
  type RequestFormValues,
  type SourcingRequestInput,
} from '../utils/request-form-values';

export type SourcingPotential = Schema<'SourcingPotential'>;
export type PotentialRecommendation = SourcingPotential['recommendation'];

/** The count is asked again once the buyer has stopped typing for this long. */
export const POTENTIAL_DEBOUNCE_MS = 400;

export const sourcingPotentialQueryKey = ['sourcing', 'potential'] as const;

/** How many structures could answer the need as typed so far (it may be incomplete). */
export async function getSourcingPotential(body: SourcingRequestInput) {
  return unwrap(api.POST('/api/v1/sourcing-requests/potential', { body }));
}

/** A count means something once a place and a sector are chosen. */
export function canCountPotential(input: SourcingRequestInput): boolean {
  const place =
    (input.departments?.length ?? 0) > 0 ||
    input.lat !== undefined ||
    input.includeNationwide === true;
  return input.sectors.length > 0 && place;
}

export function getSourcingPotentialQueryOptions(body: SourcingRequestInput) {
  const enabled = canCountPotential(body);
  return queryOptions({
    queryKey: [...sourcingPotentialQueryKey, body],
    queryFn: () => getSourcingPotential(body),
    enabled,
    // Once the place or the sectors are emptied, the last count no longer holds.
    placeholderData: enabled ? keepPreviousData : undefined,
  });
}

/** The potential of the form's values, asked with the body a save would send, once typing pauses. */
export function useSourcingPotential(values: RequestFormValues) {
  const [debounced] = useDebouncedValue(values, POTENTIAL_DEBOUNCE_MS);
  return useQuery(getSourcingPotentialQueryOptions(toRequestInput(debounced)));
}
