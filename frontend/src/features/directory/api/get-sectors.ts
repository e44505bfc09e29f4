import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export async function getSectors() {
  return unwrap(api.GET('/api/v1/sectors'));
}

/** Reference data: it changes with a deployment, not during a session. */
export const getSectorsQueryOptions = () =>
  queryOptions({ queryKey: ['reference', 'sectors'], queryFn: getSectors, staleTime: Infinity });

export function useSectors() {
  return useQuery(getSectorsQueryOptions());
}
