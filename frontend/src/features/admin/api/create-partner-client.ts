import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { partnerClientsQueryKey } from './get-partner-clients';

export type PartnerClientInput = Schema<'PartnerClientInput'>;

export async function createPartnerClient(body: PartnerClientInput) {
  return unwrap(api.POST('/api/v1/admin/partner-clients', { body }));
}

export function useCreatePartnerClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPartnerClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerClientsQueryKey }),
  });
}
