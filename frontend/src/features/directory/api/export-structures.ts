import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { downloadBlob } from '@/lib/download';
import type { StructureSearchParams } from './search-structures';

/** The structures a search finds, as the CSV the server writes (fetched with the session's token). */
export async function exportStructures(params: StructureSearchParams): Promise<Blob> {
  return unwrap(
    api.GET('/api/v1/structures/export.csv', {
      params: { query: params },
      parseAs: 'blob',
    }),
  );
}

export function useExportStructures() {
  return useMutation({
    mutationFn: async (params: StructureSearchParams) => {
      downloadBlob(await exportStructures(params), 'structures.csv');
    },
  });
}
