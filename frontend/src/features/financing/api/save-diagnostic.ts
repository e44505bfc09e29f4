import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { useStoreDiagnostic } from './get-diagnostic';

export type DiagnosticInputs = Schema<'FinancingDiagnosticInputs'>;

interface SaveDiagnostic {
  id: string;
  /** The ETag the draft was read with: a newer version on the server is a 412. */
  etag: string | null;
  body: DiagnosticInputs;
}

/** Saves a draft's inputs; the answer holds the figures and recommendations recomputed. */
export async function saveDiagnostic({ id, etag, body }: SaveDiagnostic) {
  return unwrapTagged(
    api.PUT('/api/v1/financing-diagnostics/{id}', {
      params: { path: { id }, header: { 'If-Match': etag ?? '*' } },
      body,
    }),
  );
}

export function useSaveDiagnostic() {
  const store = useStoreDiagnostic();
  return useMutation({ mutationFn: saveDiagnostic, onSuccess: store });
}
