import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type StructureMember = Schema<'StructureMember'>;

export const structureMembersQueryKey = (structureId: string) =>
  ['directory', 'members', structureId] as const;

export async function getStructureMembers(structureId: string) {
  return unwrap(
    api.GET('/api/v1/structures/{id}/members', { params: { path: { id: structureId } } }),
  );
}

export const getStructureMembersQueryOptions = (structureId: string) =>
  queryOptions({
    queryKey: structureMembersQueryKey(structureId),
    queryFn: () => getStructureMembers(structureId),
  });

export function useStructureMembers(structureId: string) {
  return useQuery(getStructureMembersQueryOptions(structureId));
}
