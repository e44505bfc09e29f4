import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { OfferInput } from './create-offer';
import { structuresQueryKey } from './search-structures';

interface UpdateOffer {
  id: string;
  ifMatch: string;
  body: OfferInput;
}

export async function updateOffer({ id, ifMatch, body }: UpdateOffer) {
  return unwrap(
    api.PUT('/api/v1/offers/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch } },
      body,
    }),
  );
}

export function useUpdateOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOffer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: structuresQueryKey }),
  });
}
