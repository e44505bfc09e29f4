import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export async function getStructureKinds() {
  return unwrap(api.GET('/api/v1/structure-kinds'));
}

/** Reference data: it changes with a deployment, not during a session. */
export const getStructureKindsQueryOptions = () =>
  queryOptions({
    queryKey: ['reference', 'structure-kinds'],
    queryFn: getStructureKinds,
    staleTime: Infinity,
  });

export function useStructureKinds() {
  return useQuery(getStructureKindsQueryOptions());
}
