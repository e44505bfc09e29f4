import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export async function getStructureNetworks() {
  return unwrap(api.GET('/api/v1/structure-networks'));
}

/** Reference data: it changes with a deployment, not during a session. */
export const getStructureNetworksQueryOptions = () =>
  queryOptions({
    queryKey: ['reference', 'structure-networks'],
    queryFn: getStructureNetworks,
    staleTime: Infinity,
  });

export function useStructureNetworks() {
  return useQuery(getStructureNetworksQueryOptions());
}
