import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import { downloadBlob } from '@/lib/download';
import type { StructureSearchParams } from './search-structures';

export type ExportFormat = 'csv' | 'xlsx';
/** `readable`: French headers and labels; `import`: the import's columns and codes. */
export type ExportLayout = NonNullable<
  NonNullable<operations['exportStructures']['parameters']['query']>['layout']
>;

export interface ExportRequest {
  params: StructureSearchParams;
  format: ExportFormat;
  layout: ExportLayout;
}

/** The structures a search finds, as the file the server writes (fetched with the session's token). */
export async function exportStructures({ params, format, layout }: ExportRequest): Promise<Blob> {
  const query = { ...params, layout };
  return unwrap(
    format === 'xlsx'
      ? api.GET('/api/v1/structures/export.xlsx', { params: { query }, parseAs: 'blob' })
      : api.GET('/api/v1/structures/export.csv', { params: { query }, parseAs: 'blob' }),
  );
}

/** The name the file is saved under: the layout says which one it is. */
export function exportFileName({ format, layout }: Omit<ExportRequest, 'params'>): string {
  return `${layout === 'import' ? 'structures-format-import' : 'structures'}.${format}`;
}

export function useExportStructures() {
  return useMutation({
    mutationFn: async (request: ExportRequest) => {
      downloadBlob(await exportStructures(request), exportFileName(request));
    },
  });
}
