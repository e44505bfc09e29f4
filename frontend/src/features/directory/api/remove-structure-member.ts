import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { structureMembersQueryKey } from './get-structure-members';

/** Removes a member, or withdraws an invitation not yet followed (its link stops working). */
export async function removeStructureMember({
  structureId,
  userId,
}: {
  structureId: string;
  userId: string;
}) {
  return unwrap(
    api.DELETE('/api/v1/structures/{id}/members/{userId}', {
      params: { path: { id: structureId, userId } },
    }),
  );
}

export function useRemoveStructureMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeStructureMember,
    onSettled: (_result, _error, { structureId }) =>
      queryClient.invalidateQueries({ queryKey: structureMembersQueryKey(structureId) }),
  });
}
