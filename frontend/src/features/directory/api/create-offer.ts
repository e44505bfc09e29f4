import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { structuresQueryKey } from './search-structures';

export type OfferInput = Schema<'OfferInput'>;

export async function createOffer({
  structureId,
  body,
}: {
  structureId: string;
  body: OfferInput;
}) {
  return unwrap(
    api.POST('/api/v1/structures/{id}/offers', { params: { path: { id: structureId } }, body }),
  );
}

export function useCreateOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOffer,
    // The profile carries its offers, the search their count.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: structuresQueryKey }),
  });
}
