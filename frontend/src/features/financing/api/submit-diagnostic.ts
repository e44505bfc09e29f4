import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import { ifMatch, useStoreDiagnostic } from './get-diagnostic';

interface SubmitDiagnostic {
  id: string;
  /** The version the person saw: a newer one on the server is a 412. */
  etag: string | null;
}

/** Sends a complete draft to the facilitators; a 400 lists the inputs still missing. */
export async function submitDiagnostic({ id, etag }: SubmitDiagnostic) {
  return unwrapTagged(
    api.POST('/api/v1/financing-diagnostics/{id}/submit', {
      params: { path: { id }, header: ifMatch(etag) },
    }),
  );
}

export function useSubmitDiagnostic() {
  const store = useStoreDiagnostic();
  return useMutation({ mutationFn: submitDiagnostic, onSuccess: store });
}
