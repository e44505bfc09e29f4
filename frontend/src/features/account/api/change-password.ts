import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type PasswordChangeInput = Schema<'PasswordChange'>;

export async function changePassword(body: PasswordChangeInput) {
  return unwrap(api.PUT('/api/v1/me/password', { body }));
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
