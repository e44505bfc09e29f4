import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { useStoreDiagnostic } from './get-diagnostic';

export type DiagnosticClosing = Schema<'FinancingCloseInput'>;

/** Ends the diagnostic, with an optional reason; the structure may then open a new one. */
export async function closeDiagnostic({ id, body }: { id: string; body: DiagnosticClosing }) {
  return unwrapTagged(
    api.POST('/api/v1/financing-diagnostics/{id}/close', { params: { path: { id } }, body }),
  );
}

export function useCloseDiagnostic() {
  const store = useStoreDiagnostic();
  return useMutation({ mutationFn: closeDiagnostic, onSuccess: store });
}
