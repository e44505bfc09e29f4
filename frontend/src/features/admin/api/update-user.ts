import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { refreshWhenStale } from './refresh-when-stale';
import type { UserInput } from './create-user';
import { organisationsQueryKey } from './get-organisations';
import { usersQueryKey } from './get-users';

interface UpdateUser {
  id: string;
  /** The ETag of the version read (`etagOf(user)`): a newer one on the server is a 412. */
  ifMatch: string;
  body: UserInput;
}

export async function updateUser({ id, ifMatch, body }: UpdateUser) {
  return unwrap(
    api.PUT('/api/v1/admin/users/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch } },
      body,
    }),
  );
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
    // Someone saved first: the list shows their version, and the next save starts from it.
    onError: (error) => refreshWhenStale(error, queryClient, usersQueryKey),
  });
}
