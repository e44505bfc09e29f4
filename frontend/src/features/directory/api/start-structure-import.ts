import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/**
 * Sends the file's bytes as they are: the server reads UTF-8 or falls back to
 * Windows-1252, which decoding it here would break. (The contract types the
 * text/csv body as a string; the serializer sends the File instead.)
 */
export async function startStructureImport(file: File) {
  return unwrap(
    api.POST('/api/v1/structure-imports', {
      body: '',
      bodySerializer: () => file,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}

export function useStartStructureImport() {
  return useMutation({ mutationFn: startStructureImport });
}
