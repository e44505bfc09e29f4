import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { productsQueryKey } from './get-stock-products';

export type AdjustmentInput = Schema<'AdjustmentInput'>;

interface AdjustStock {
  productId: string;
  body: AdjustmentInput;
  /** One per attempt (`useAttemptKey`): the same correction sent twice is recorded once. */
  idempotencyKey: string;
}

/**
 * Corrects the units on hand after a count: positive adds, negative removes. Removing units
 * reserved for orders is refused (409 naming `quantity`).
 */
export async function adjustStock({ productId, body, idempotencyKey }: AdjustStock) {
  return unwrap(
    api.POST('/api/v1/products/{id}/adjustments', {
      params: { path: { id: productId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function useAdjustStock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: adjustStock,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productsQueryKey }),
  });
}
