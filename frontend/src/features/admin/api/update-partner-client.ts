import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { refreshWhenStale } from './refresh-when-stale';
import type { PartnerClientInput } from './create-partner-client';
import { partnerClientsQueryKey } from './get-partner-clients';

interface UpdatePartnerClient {
  id: string;
  /** The ETag of the version read (`etagOf(client)`): a newer one on the server is a 412. */
  ifMatch: string;
  body: PartnerClientInput;
}

export async function updatePartnerClient({ id, ifMatch, body }: UpdatePartnerClient) {
  return unwrap(
    api.PUT('/api/v1/admin/partner-clients/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch } },
      body,
    }),
  );
}

export function useUpdatePartnerClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePartnerClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerClientsQueryKey }),
    onError: (error) => refreshWhenStale(error, queryClient, partnerClientsQueryKey),
  });
}
