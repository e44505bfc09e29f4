import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type SolicitationView = Schema<'SolicitationView'>;
export type SolicitationContact = Schema<'SolicitationContact'>;

export const requestSolicitationsQueryKey = (requestId: string) =>
  ['sourcing', 'request-solicitations', requestId] as const;

/** Every structure solicited for a request, best scores first, with its answer. */
export async function getRequestSolicitations(requestId: string) {
  return unwrap(
    api.GET('/api/v1/sourcing-requests/{id}/solicitations', {
      params: { path: { id: requestId } },
    }),
  );
}

export const getRequestSolicitationsQueryOptions = (requestId: string) =>
  queryOptions({
    queryKey: requestSolicitationsQueryKey(requestId),
    queryFn: () => getRequestSolicitations(requestId),
  });

export function useRequestSolicitations(requestId: string, enabled = true) {
  return useQuery({ ...getRequestSolicitationsQueryOptions(requestId), enabled });
}

/** A facilitator solicits one more structure (a removed one comes back). */
export function useAddRequestSolicitation(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (structureId: string) =>
      unwrap(
        api.POST('/api/v1/sourcing-requests/{id}/solicitations', {
          params: { path: { id: requestId } },
          body: { structureId },
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: requestSolicitationsQueryKey(requestId) }),
  });
}

/** A facilitator withdraws a structure (an answered one is kept, marked removed). */
export function useRemoveRequestSolicitation(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (structureId: string) =>
      unwrap(
        api.DELETE('/api/v1/sourcing-requests/{id}/solicitations/{structureId}', {
          params: { path: { id: requestId, structureId } },
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: requestSolicitationsQueryKey(requestId) }),
  });
}
