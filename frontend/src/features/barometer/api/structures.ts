import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { referenceQueryOptions } from '@/lib/api/reference-query';
import type { Schema } from '@/lib/api/types';

export type StructureSummary = Schema<'StructureSummary'>;
export type DepartmentView = Schema<'DepartmentView'>;

/** The structures a siae user answers for: those its organisation owns. */
export function useMyStructures(organisationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['barometer', 'my-structures', organisationId],
    queryFn: () => unwrap(api.GET('/api/v1/me/structures')),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** One structure, by its id (a facilitator's entry opened from a link). */
export function useStructureName(id: string | null) {
  return useQuery({
    queryKey: ['barometer', 'structure', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/structures/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== null,
    staleTime: 5 * 60_000,
    select: (structure) => structure.name,
  });
}

/** The departments and their names (the same cached reference list as the directory's). */
export function useDepartments() {
  return useQuery(
    referenceQueryOptions('departments', () => unwrap(api.GET('/api/v1/departments'))),
  );
}
