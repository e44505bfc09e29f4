import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapTagged, type Tagged } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { sourcingRequestQueryKey, type SourcingRequestView } from './get-sourcing-request';
import { sourcingRequestsQueryKey } from './get-sourcing-requests';

export type SourcingCloseInput = Schema<'SourcingCloseInput'>;

/** A step of the request's life: each answers the request as it now stands. */
export type SourcingRequestChange =
  | { action: 'submit'; id: string }
  | { action: 'publish'; id: string }
  | { action: 'return'; id: string; reason: string }
  | { action: 'close'; id: string; body: SourcingCloseInput }
  | { action: 'extend'; id: string; responseDeadline: string };

export async function changeSourcingRequest(
  change: SourcingRequestChange,
): Promise<Tagged<SourcingRequestView>> {
  const params = { path: { id: change.id } };
  switch (change.action) {
    case 'submit':
      return unwrapTagged(api.POST('/api/v1/sourcing-requests/{id}/submit', { params }));
    case 'publish':
      return unwrapTagged(api.POST('/api/v1/sourcing-requests/{id}/publish', { params }));
    case 'return':
      return unwrapTagged(
        api.POST('/api/v1/sourcing-requests/{id}/return', {
          params,
          body: { reason: change.reason },
        }),
      );
    case 'close':
      return unwrapTagged(
        api.POST('/api/v1/sourcing-requests/{id}/close', { params, body: change.body }),
      );
    case 'extend':
      return unwrapTagged(
        api.POST('/api/v1/sourcing-requests/{id}/deadline', {
          params,
          body: { responseDeadline: change.responseDeadline },
        }),
      );
  }
}

export function useChangeSourcingRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeSourcingRequest,
    onSuccess: async (tagged) => {
      queryClient.setQueryData(sourcingRequestQueryKey(tagged.data.id), tagged);
      await queryClient.invalidateQueries({
        queryKey: [...sourcingRequestsQueryKey, 'list'],
      });
    },
  });
}
