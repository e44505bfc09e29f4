import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { ifMatch, useStoreDiagnostic } from './get-diagnostic';

export type DiagnosticClosing = Schema<'FinancingCloseInput'>;

interface DiagnosticClosingRequest {
  id: string;
  /** The version the facilitator saw: a newer one on the server is a 412. */
  etag: string | null;
  body: DiagnosticClosing;
}

/** Ends the diagnostic, with an optional reason; the structure may then open a new one. */
export async function closeDiagnostic({ id, etag, body }: DiagnosticClosingRequest) {
  return unwrapTagged(
    api.POST('/api/v1/financing-diagnostics/{id}/close', {
      params: { path: { id }, header: ifMatch(etag) },
      body,
    }),
  );
}

export function useCloseDiagnostic() {
  const store = useStoreDiagnostic();
  return useMutation({ mutationFn: closeDiagnostic, onSuccess: store });
}
