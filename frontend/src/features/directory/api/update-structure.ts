import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import type { StructureInput } from './create-structure';
import { structureQueryKey } from './get-structure';
import { structuresQueryKey } from './search-structures';

interface UpdateStructure {
  id: string;
  ifMatch: string;
  body: StructureInput;
}

export async function updateStructure({ id, ifMatch, body }: UpdateStructure) {
  return unwrapTagged(
    api.PUT('/api/v1/structures/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch } },
      body,
    }),
  );
}

export function useUpdateStructure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateStructure,
    onSuccess: async (saved, { id }) => {
      queryClient.setQueryData(structureQueryKey(id), saved);
      await queryClient.invalidateQueries({ queryKey: structuresQueryKey });
    },
  });
}
