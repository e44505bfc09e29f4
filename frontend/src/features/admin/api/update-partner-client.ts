import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PartnerClientInput } from './create-partner-client';
import { partnerClientsQueryKey } from './get-partner-clients';

export async function updatePartnerClient({ id, body }: { id: string; body: PartnerClientInput }) {
  return unwrap(api.PUT('/api/v1/admin/partner-clients/{id}', { params: { path: { id } }, body }));
}

export function useUpdatePartnerClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePartnerClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerClientsQueryKey }),
  });
}
