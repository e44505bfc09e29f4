import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { organisationsQueryKey } from './get-organisations';
import { usersQueryKey } from './get-users';

export type UserInput = Schema<'UserInput'>;

export async function createUser(body: UserInput) {
  return unwrap(api.POST('/api/v1/admin/users', { body }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    // Organisations count their users.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: usersQueryKey }),
        queryClient.invalidateQueries({ queryKey: organisationsQueryKey }),
      ]),
  });
}
