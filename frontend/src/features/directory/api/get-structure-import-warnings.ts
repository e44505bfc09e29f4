import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { downloadBlob } from '@/lib/download';

/** Every warning of an import, as the CSV the server writes. */
export async function getStructureImportWarnings(id: string): Promise<Blob> {
  return unwrap(
    api.GET('/api/v1/structure-imports/{id}/warnings.csv', {
      params: { path: { id } },
      parseAs: 'blob',
    }),
  );
}

export function useDownloadStructureImportWarnings() {
  return useMutation({
    mutationFn: async (id: string) => {
      downloadBlob(await getStructureImportWarnings(id), 'import-avertissements.csv');
    },
  });
}
