import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { sessionStore } from '@/lib/auth/session-store';

export async function logout() {
  return unwrap(api.POST('/api/v1/auth/logout'));
}

/** Ends the session on the server, then forgets it locally whatever the answer. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      sessionStore.clear();
      queryClient.clear();
    },
  });
}
