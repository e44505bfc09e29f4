import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type StructureSummary = Schema<'StructureSummary'>;

/** The structures a siae user opens diagnostics for: those its organisation owns. */
export function useMyStructures(enabled: boolean) {
  return useQuery({
    queryKey: ['financing', 'my-structures'],
    queryFn: () => unwrap(api.GET('/api/v1/me/structures')),
    staleTime: 5 * 60_000,
    enabled,
  });
}
