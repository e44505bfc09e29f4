import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/types';

export type SourcingRequestSummary = Schema<'SourcingRequestSummary'>;
export type SourcingRequestPage = Schema<'SourcingRequestPage'>;
/** The list's filters: page, size, text, status and channel. */
export type SourcingRequestListParams = NonNullable<
  operations['listSourcingRequests']['parameters']['query']
>;

/** Every sourcing request query (lists and pages) starts with this key. */
export const sourcingRequestsQueryKey = ['sourcing', 'requests'] as const;

export async function getSourcingRequests(params: SourcingRequestListParams) {
  return unwrap(api.GET('/api/v1/sourcing-requests', { params: { query: params } }));
}

export const getSourcingRequestsQueryOptions = (params: SourcingRequestListParams) =>
  queryOptions({
    queryKey: [...sourcingRequestsQueryKey, 'list', params],
    queryFn: () => getSourcingRequests(params),
    placeholderData: keepPreviousData,
  });

export function useSourcingRequests(params: SourcingRequestListParams) {
  return useQuery(getSourcingRequestsQueryOptions(params));
}
