import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { structuresQueryKey } from './search-structures';

export async function deleteActivity({ id, ifMatch }: { id: string; ifMatch: string }) {
  return unwrap(
    api.DELETE('/api/v1/activities/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch } },
    }),
  );
}

export function useDeleteActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteActivity,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: structuresQueryKey }),
  });
}
