import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type PasswordResetRequestInput = Schema<'PasswordResetRequest'>;

export async function requestPasswordReset(body: PasswordResetRequestInput) {
  return unwrap(api.POST('/api/v1/auth/password-reset-requests', { body }));
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
