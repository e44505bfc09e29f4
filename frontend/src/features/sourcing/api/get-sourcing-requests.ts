import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/types';

export type SourcingRequestSummary = Schema<'SourcingRequestSummary'>;
export type SourcingRequestPage = Schema<'SourcingRequestPage'>;
type ContractListParams = NonNullable<operations['listSourcingRequests']['parameters']['query']>;

/**
 * The list's filters. The contract types `status` and `channel` as plain objects (enums in a
 * bean parameter lose their schema); they are the request's status and channel enums.
 */
export type SourcingRequestListParams = Omit<ContractListParams, 'status' | 'channel'> & {
  status?: Schema<'SourcingStatus'>;
  channel?: Schema<'SourcingChannel'>;
};

/** Every sourcing request query (lists and pages) starts with this key. */
export const sourcingRequestsQueryKey = ['sourcing', 'requests'] as const;

export async function getSourcingRequests(params: SourcingRequestListParams) {
  const query = params as unknown as ContractListParams;
  return unwrap(api.GET('/api/v1/sourcing-requests', { params: { query } }));
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
