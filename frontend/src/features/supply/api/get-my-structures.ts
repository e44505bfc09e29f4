import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type StructureSummary = Schema<'StructureSummary'>;

/** The structures a siae user orders for: those its organisation owns. */
export async function getMyStructures() {
  return unwrap(api.GET('/api/v1/me/structures'));
}

export const getMyStructuresQueryOptions = (organisationId: string) =>
  queryOptions({
    queryKey: ['supply', 'my-structures', organisationId],
    queryFn: getMyStructures,
    staleTime: 5 * 60_000,
  });

export function useMyStructures(organisationId: string, enabled: boolean) {
  return useQuery({ ...getMyStructuresQueryOptions(organisationId), enabled });
}
