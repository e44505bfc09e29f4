import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { UserInput } from './create-user';
import { organisationsQueryKey } from './get-organisations';
import { usersQueryKey } from './get-users';

export async function updateUser({ id, body }: { id: string; body: UserInput }) {
  return unwrap(api.PUT('/api/v1/admin/users/{id}', { params: { path: { id } }, body }));
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: usersQueryKey }),
        queryClient.invalidateQueries({ queryKey: organisationsQueryKey }),
      ]),
  });
}
