import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { structureMembersQueryKey } from './get-structure-members';

export type MemberInput = Schema<'MemberInput'>;

export async function addStructureMember({
  structureId,
  body,
}: {
  structureId: string;
  body: MemberInput;
}) {
  return unwrap(
    api.POST('/api/v1/structures/{id}/members', { params: { path: { id: structureId } }, body }),
  );
}

export function useAddStructureMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addStructureMember,
    onSuccess: (_member, { structureId }) =>
      queryClient.invalidateQueries({ queryKey: structureMembersQueryKey(structureId) }),
  });
}
