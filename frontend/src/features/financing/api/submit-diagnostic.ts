import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import { useStoreDiagnostic } from './get-diagnostic';

/** Sends a complete draft to the facilitators; a 400 lists the inputs still missing. */
export async function submitDiagnostic(id: string) {
  return unwrapTagged(
    api.POST('/api/v1/financing-diagnostics/{id}/submit', { params: { path: { id } } }),
  );
}

export function useSubmitDiagnostic() {
  const store = useStoreDiagnostic();
  return useMutation({ mutationFn: submitDiagnostic, onSuccess: store });
}
