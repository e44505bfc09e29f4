import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { structuresQueryKey } from './search-structures';

export type ActivityInput = Schema<'ActivityInput'>;

export async function createActivity({
  structureId,
  body,
}: {
  structureId: string;
  body: ActivityInput;
}) {
  return unwrap(
    api.POST('/api/v1/structures/{id}/activities', { params: { path: { id: structureId } }, body }),
  );
}

export function useCreateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createActivity,
    // The profile carries its activities, the search their sectors.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: structuresQueryKey }),
  });
}
