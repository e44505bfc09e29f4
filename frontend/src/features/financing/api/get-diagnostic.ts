import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrapTagged, type Tagged } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { diagnosticsQueryKey } from './get-diagnostics';

export type DiagnosticView = Schema<'FinancingDiagnosticView'>;

export const diagnosticQueryKey = (id: string) => [...diagnosticsQueryKey, 'detail', id] as const;

/** The diagnostic, its figures and recommendations, and the ETag to send back in If-Match. */
export async function getDiagnostic(id: string) {
  return unwrapTagged(api.GET('/api/v1/financing-diagnostics/{id}', { params: { path: { id } } }));
}

export const getDiagnosticQueryOptions = (id: string) =>
  queryOptions({ queryKey: diagnosticQueryKey(id), queryFn: () => getDiagnostic(id) });

export function useDiagnostic(id: string) {
  return useQuery(getDiagnosticQueryOptions(id));
}

/** The If-Match of a write on the version read (transitions take it, and are refused when stale). */
export function ifMatch(etag: string | null): { 'If-Match'?: string } {
  return etag === null ? {} : { 'If-Match': etag };
}

/** After any change of a diagnostic: the page shows the answer at once, the lists are read again. */
export function useStoreDiagnostic() {
  const queryClient = useQueryClient();
  return async (tagged: Tagged<DiagnosticView>) => {
    queryClient.setQueryData(diagnosticQueryKey(tagged.data.id), tagged);
    await queryClient.invalidateQueries({ queryKey: [...diagnosticsQueryKey, 'list'] });
  };
}
