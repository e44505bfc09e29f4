import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type CommuneView = Schema<'CommuneView'>;

export async function searchCommunes(q: string) {
  return unwrap(api.GET('/api/v1/communes', { params: { query: { q } } }));
}

/** Communes only change with a deployment: an answer holds for the session (the picker debounces typing). */
export const searchCommunesQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['reference', 'communes', q],
    queryFn: () => searchCommunes(q),
    enabled: q.trim() !== '',
    staleTime: Infinity,
  });

export function useCommuneSearch(q: string) {
  return useQuery(searchCommunesQueryOptions(q));
}
