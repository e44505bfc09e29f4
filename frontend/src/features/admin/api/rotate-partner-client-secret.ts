import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { partnerClientsQueryKey } from './get-partner-clients';

export async function rotatePartnerClientSecret(id: string) {
  return unwrap(
    api.POST('/api/v1/admin/partner-clients/{id}/secret', { params: { path: { id } } }),
  );
}

export function useRotatePartnerClientSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotatePartnerClientSecret,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerClientsQueryKey }),
  });
}
