import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type StructureImportView = Schema<'StructureImportView'>;
export type ImportReport = Schema<'ImportReport'>;

export const POLL_INTERVAL_MS = 1000;

export function isImportRunning(job: StructureImportView | undefined): boolean {
  return job?.status === 'QUEUED' || job?.status === 'RUNNING';
}

export async function getStructureImport(id: string) {
  return unwrap(api.GET('/api/v1/structure-imports/{id}', { params: { path: { id } } }));
}

/** Polls the job until it is done or failed. */
export const getStructureImportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['directory', 'imports', id],
    queryFn: () => getStructureImport(id),
    refetchInterval: (query) => (isImportRunning(query.state.data) ? POLL_INTERVAL_MS : false),
  });

export function useStructureImport(id: string) {
  return useQuery(getStructureImportQueryOptions(id));
}
