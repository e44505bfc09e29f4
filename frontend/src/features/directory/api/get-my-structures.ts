import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

type OrganisationRef = Schema<'OrganisationRef'>;

/** The structures a siae user acts for: those its organisation owns (siae users only). */
export async function getMyStructures() {
  return unwrap(api.GET('/api/v1/me/structures'));
}

export const getMyStructuresQueryOptions = (organisation: OrganisationRef) =>
  queryOptions({
    // Outside structuresQueryKey: saving a profile need not list them again.
    queryKey: ['directory', 'mine', organisation.id],
    queryFn: getMyStructures,
  });

export function useMyStructures(organisation: OrganisationRef) {
  return useQuery(getMyStructuresQueryOptions(organisation));
}
