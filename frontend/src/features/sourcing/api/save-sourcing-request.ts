import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapTagged, type Tagged } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { sourcingRequestQueryKey, type SourcingRequestView } from './get-sourcing-request';
import { sourcingRequestsQueryKey } from './get-sourcing-requests';

export type SourcingRequestInput = Schema<'SourcingRequestInput'>;

interface SaveSourcingRequest {
  /** The draft saved before, with the ETag it was read with; none creates the request. */
  saved: { id: string; etag: string | null } | null;
  body: SourcingRequestInput;
  /** Sent with a creation, so that a retried one (a lost answer, a second click) makes one request. */
  idempotencyKey?: string;
}

/** Creates the request (a draft), or saves the draft again with If-Match. */
export async function saveSourcingRequest({
  saved,
  body,
  idempotencyKey,
}: SaveSourcingRequest): Promise<Tagged<SourcingRequestView>> {
  if (saved === null) {
    return unwrapTagged(
      api.POST('/api/v1/sourcing-requests', {
        params: idempotencyKey ? { header: { 'Idempotency-Key': idempotencyKey } } : {},
        body,
      }),
    );
  }
  return unwrapTagged(
    api.PUT('/api/v1/sourcing-requests/{id}', {
      params: { path: { id: saved.id }, header: { 'If-Match': saved.etag ?? '*' } },
      body,
    }),
  );
}

export function useSaveSourcingRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSourcingRequest,
    onSuccess: async (tagged) => {
      queryClient.setQueryData(sourcingRequestQueryKey(tagged.data.id), tagged);
      await queryClient.invalidateQueries({
        queryKey: [...sourcingRequestsQueryKey, 'list'],
      });
    },
  });
}
