import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { sessionStore } from '@/lib/auth/session-store';

export type LoginInput = Schema<'LoginRequest'>;

export async function login(body: LoginInput) {
  return unwrap(api.POST('/api/v1/auth/login', { body }));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      sessionStore.set({ accessToken: session.accessToken, user: session.user });
      // What was read as a visitor (profiles without contact details) is read again as this user.
      void queryClient.invalidateQueries();
    },
  });
}
