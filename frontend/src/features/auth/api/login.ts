import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { sessionStore } from '@/lib/auth/session-store';

export type LoginInput = Schema<'LoginRequest'>;

export async function login(body: LoginInput) {
  return unwrap(api.POST('/api/v1/auth/login', { body }));
}

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      sessionStore.set({ accessToken: session.accessToken, user: session.user });
    },
  });
}
