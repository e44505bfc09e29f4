import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { structuresQueryKey } from './search-structures';

export async function deleteOffer({ id, ifMatch }: { id: string; ifMatch: string }) {
  return unwrap(
    api.DELETE('/api/v1/offers/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch } },
    }),
  );
}

export function useDeleteOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteOffer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: structuresQueryKey }),
  });
}
