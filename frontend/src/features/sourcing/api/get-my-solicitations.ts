import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/types';

export type SolicitationInboxPage = Schema<'SolicitationInboxPage'>;
export type SolicitationInboxItem = Schema<'SolicitationInboxItem'>;
export type SolicitationStatus = Schema<'SolicitationStatus'>;

export type InboxParams = NonNullable<operations['listMySolicitations']['parameters']['query']>;

/** Everything about the solicitations of the siae user's organisation (inbox, one, the count). */
export const mySolicitationsQueryKey = ['sourcing', 'my-solicitations'] as const;

/** The inbox of the siae user's organisation, newest first. */
export async function getMySolicitations(params: InboxParams) {
  return unwrap(api.GET('/api/v1/solicitations', { params: { query: params } }));
}

export const getMySolicitationsQueryOptions = (params: InboxParams) =>
  queryOptions({
    queryKey: [...mySolicitationsQueryKey, 'inbox', params],
    queryFn: () => getMySolicitations(params),
    placeholderData: keepPreviousData,
  });

export function useMySolicitations(params: InboxParams) {
  return useQuery(getMySolicitationsQueryOptions(params));
}

/**
 * How many solicitations were never opened: those still "sent" (the first view makes them
 * "viewed"), counted by the inbox itself with one item per page.
 */
export function useUnreadSolicitationCount(enabled: boolean) {
  return useQuery({
    queryKey: [...mySolicitationsQueryKey, 'unread-count'],
    queryFn: async () => (await getMySolicitations({ status: 'SENT', size: 1 })).totalItems,
    enabled,
    staleTime: 60_000,
  });
}
