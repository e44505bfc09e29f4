import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { downloadBlob } from '@/lib/download';

/** Every rejected row of an import, as the CSV the server writes (the rows as they were, to fix). */
export async function getStructureImportRejectedRows(id: string): Promise<Blob> {
  return unwrap(
    api.GET('/api/v1/structure-imports/{id}/rejected.csv', {
      params: { path: { id } },
      parseAs: 'blob',
    }),
  );
}

export function useDownloadStructureImportRejectedRows() {
  return useMutation({
    mutationFn: async (id: string) => {
      downloadBlob(await getStructureImportRejectedRows(id), 'import-lignes-rejetees.csv');
    },
  });
}
