import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { useStoreDiagnostic } from './get-diagnostic';

export type DiagnosticReview = Schema<'FinancingReviewInput'>;

/** A facilitator takes the diagnostic (or gives it to someone), with notes: it is in review. */
export async function reviewDiagnostic({ id, body }: { id: string; body: DiagnosticReview }) {
  return unwrapTagged(
    api.POST('/api/v1/financing-diagnostics/{id}/review', { params: { path: { id } }, body }),
  );
}

export function useReviewDiagnostic() {
  const store = useStoreDiagnostic();
  return useMutation({ mutationFn: reviewDiagnostic, onSuccess: store });
}
