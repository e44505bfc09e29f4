import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type CommuneView = Schema<'CommuneView'>;

export async function searchCommunes(q: string) {
  return unwrap(api.GET('/api/v1/communes', { params: { query: { q } } }));
}

export const searchCommunesQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['reference', 'communes', q],
    queryFn: () => searchCommunes(q),
    enabled: q.trim() !== '',
    staleTime: 5 * 60_000,
  });

export function useCommuneSearch(q: string) {
  return useQuery(searchCommunesQueryOptions(q));
}
