import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { structuresQueryKey } from './search-structures';

export type StructureInput = Schema<'StructureInput'>;

export async function createStructure(body: StructureInput) {
  return unwrap(api.POST('/api/v1/structures', { body }));
}

export function useCreateStructure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createStructure,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: structuresQueryKey }),
  });
}
