import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { sourcingRequestsQueryKey } from './get-sourcing-requests';

export type MatchPreviewView = Schema<'MatchPreview'>;
export type MatchView = Schema<'MatchView'>;

/** How many candidates the preview lists, best first. */
export const MATCH_PREVIEW_LIMIT = 100;

export const sourcingMatchesQueryKey = (id: string) =>
  [...sourcingRequestsQueryKey, 'matches', id] as const;

/** The structures the saved request matches, ranked, as publishing would solicit them. */
export async function getSourcingMatches(id: string) {
  return unwrap(
    api.GET('/api/v1/sourcing-requests/{id}/matches', {
      params: { path: { id }, query: { limit: MATCH_PREVIEW_LIMIT } },
    }),
  );
}

export const getSourcingMatchesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: sourcingMatchesQueryKey(id),
    queryFn: () => getSourcingMatches(id),
  });

export function useSourcingMatches(id: string, enabled = true) {
  return useQuery({ ...getSourcingMatchesQueryOptions(id), enabled });
}
