import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export async function resendInvitation(id: string) {
  return unwrap(api.POST('/api/v1/admin/users/{id}/invitation', { params: { path: { id } } }));
}

export function useResendInvitation() {
  return useMutation({ mutationFn: resendInvitation });
}
