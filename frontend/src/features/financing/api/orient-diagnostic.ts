import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { useStoreDiagnostic } from './get-diagnostic';

export type DiagnosticOrientation = Schema<'FinancingOrientationInput'>;

/** The instruments chosen, a comment for the structure, and when to call it back. */
export async function orientDiagnostic({ id, body }: { id: string; body: DiagnosticOrientation }) {
  return unwrapTagged(
    api.POST('/api/v1/financing-diagnostics/{id}/orient', { params: { path: { id } }, body }),
  );
}

export function useOrientDiagnostic() {
  const store = useStoreDiagnostic();
  return useMutation({ mutationFn: orientDiagnostic, onSuccess: store });
}
