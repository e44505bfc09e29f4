import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/**
 * Sends the file's bytes as they are: the server reads UTF-8 or falls back to
 * Windows-1252, which decoding it here would break. (The contract types the
 * text/csv body as a string; the serializer sends the file's bytes instead.)
 */
export async function startStructureImport(file: File) {
  const bytes = await file.arrayBuffer();
  return unwrap(
    api.POST('/api/v1/structure-imports', {
      body: '',
      bodySerializer: () => bytes,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}

export function useStartStructureImport() {
  return useMutation({ mutationFn: startStructureImport });
}
