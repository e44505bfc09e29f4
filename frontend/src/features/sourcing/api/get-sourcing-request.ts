import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { sourcingRequestsQueryKey } from './get-sourcing-requests';

export type SourcingRequestView = Schema<'SourcingRequestView'>;
export type SourcingAttachmentView = Schema<'SourcingAttachmentView'>;

export const sourcingRequestQueryKey = (id: string) =>
  [...sourcingRequestsQueryKey, 'detail', id] as const;

/** The request and the ETag to send back in If-Match when saving it. */
export async function getSourcingRequest(id: string) {
  return unwrapTagged(api.GET('/api/v1/sourcing-requests/{id}', { params: { path: { id } } }));
}

export const getSourcingRequestQueryOptions = (id: string) =>
  queryOptions({
    queryKey: sourcingRequestQueryKey(id),
    queryFn: () => getSourcingRequest(id),
  });

export function useSourcingRequest(id: string) {
  return useQuery(getSourcingRequestQueryOptions(id));
}
