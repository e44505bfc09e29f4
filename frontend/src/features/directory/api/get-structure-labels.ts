import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export async function getStructureLabels() {
  return unwrap(api.GET('/api/v1/structure-labels'));
}

/** Reference data: it changes with a deployment, not during a session. */
export const getStructureLabelsQueryOptions = () =>
  queryOptions({
    queryKey: ['reference', 'structure-labels'],
    queryFn: getStructureLabels,
    staleTime: Infinity,
  });

export function useStructureLabels() {
  return useQuery(getStructureLabelsQueryOptions());
}
