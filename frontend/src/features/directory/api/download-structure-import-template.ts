import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { downloadBlob } from '@/lib/download';

export const TEMPLATE_FILE_NAME = 'modele-import-structures.csv';

/** A structure file to fill in: the French headers and one example row. */
export async function downloadStructureImportTemplate(): Promise<Blob> {
  return unwrap(api.GET('/api/v1/structure-imports/template.csv', { parseAs: 'blob' }));
}

export function useDownloadStructureImportTemplate() {
  return useMutation({
    mutationFn: async () => {
      downloadBlob(await downloadStructureImportTemplate(), TEMPLATE_FILE_NAME);
    },
  });
}
