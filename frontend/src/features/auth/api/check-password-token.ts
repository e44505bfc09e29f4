import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type PasswordTokenStatus = Schema<'PasswordTokenStatus'>;

/** Whether an invitation or reset link still works; the server does not use it up. */
export async function checkPasswordToken(token: string) {
  return unwrap(api.POST('/api/v1/auth/password-token-checks', { body: { token } }));
}

export function usePasswordTokenCheck(token: string) {
  return useQuery({
    queryKey: ['auth', 'password-token-check', token],
    queryFn: () => checkPasswordToken(token),
    enabled: token !== '',
    // A link's state only changes when it is used: one answer per page view.
    staleTime: Infinity,
    retry: false,
  });
}
