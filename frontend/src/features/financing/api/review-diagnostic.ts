import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { ifMatch, useStoreDiagnostic } from './get-diagnostic';

export type DiagnosticReview = Schema<'FinancingReviewInput'>;

interface DiagnosticReviewRequest {
  id: string;
  /** The version the facilitator saw: a newer one on the server is a 412. */
  etag: string | null;
  body: DiagnosticReview;
}

/** A facilitator takes the diagnostic (or gives it to someone), with notes: it is in review. */
export async function reviewDiagnostic({ id, etag, body }: DiagnosticReviewRequest) {
  return unwrapTagged(
    api.POST('/api/v1/financing-diagnostics/{id}/review', {
      params: { path: { id }, header: ifMatch(etag) },
      body,
    }),
  );
}

export function useReviewDiagnostic() {
  const store = useStoreDiagnostic();
  return useMutation({ mutationFn: reviewDiagnostic, onSuccess: store });
}
