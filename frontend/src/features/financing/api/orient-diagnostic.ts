import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { ifMatch, useStoreDiagnostic } from './get-diagnostic';

export type DiagnosticOrientation = Schema<'FinancingOrientationInput'>;

interface DiagnosticOrientationRequest {
  id: string;
  /** The version the facilitator saw: a newer one on the server is a 412. */
  etag: string | null;
  body: DiagnosticOrientation;
}

/** The instruments chosen, a comment for the structure, and when to call it back. */
export async function orientDiagnostic({ id, etag, body }: DiagnosticOrientationRequest) {
  return unwrapTagged(
    api.POST('/api/v1/financing-diagnostics/{id}/orient', {
      params: { path: { id }, header: ifMatch(etag) },
      body,
    }),
  );
}

export function useOrientDiagnostic() {
  const store = useStoreDiagnostic();
  return useMutation({ mutationFn: orientDiagnostic, onSuccess: store });
}
