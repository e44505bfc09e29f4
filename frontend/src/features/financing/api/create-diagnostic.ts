import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { useStoreDiagnostic } from './get-diagnostic';

export type DiagnosticCreate = Schema<'FinancingDiagnosticCreate'>;

interface CreateDiagnostic {
  body: DiagnosticCreate;
  /** The same key for a retry of the same creation (no second draft). */
  idempotencyKey: string;
}

/**
 * Opens a draft for a structure, pre-filled from its profile and its last survey. A 409 says one
 * is already open for it (the problem names it).
 */
export async function createDiagnostic({ body, idempotencyKey }: CreateDiagnostic) {
  return unwrapTagged(
    api.POST('/api/v1/financing-diagnostics', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function useCreateDiagnostic() {
  const store = useStoreDiagnostic();
  return useMutation({ mutationFn: createDiagnostic, onSuccess: store });
}
