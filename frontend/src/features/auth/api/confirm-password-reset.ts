import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type PasswordResetConfirmationInput = Schema<'PasswordResetConfirmation'>;

export async function confirmPasswordReset(body: PasswordResetConfirmationInput) {
  return unwrap(api.POST('/api/v1/auth/password-resets', { body }));
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset });
}
