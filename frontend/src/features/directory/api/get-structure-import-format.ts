import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type StructureImportFormat = Schema<'StructureImportFormat'>;
export type StructureImportColumn = Schema<'StructureImportColumn'>;

/** The columns of a structure file and the values they accept (they change with the reference data only). */
export const structureImportFormatQueryOptions = () =>
  queryOptions({
    queryKey: ['directory', 'structure-imports', 'format'],
    queryFn: () => unwrap(api.GET('/api/v1/structure-imports/format')),
    staleTime: Infinity,
  });

export function useStructureImportFormat(enabled = true) {
  return useQuery({ ...structureImportFormatQueryOptions(), enabled });
}
