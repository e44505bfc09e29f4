import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export async function getPrestaTypes() {
  return unwrap(api.GET('/api/v1/presta-types'));
}

/** Reference data: it changes with a deployment, not during a session. */
export const getPrestaTypesQueryOptions = () =>
  queryOptions({
    queryKey: ['reference', 'presta-types'],
    queryFn: getPrestaTypes,
    staleTime: Infinity,
  });

export function usePrestaTypes() {
  return useQuery(getPrestaTypesQueryOptions());
}
