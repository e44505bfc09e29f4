import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { productsQueryKey } from './get-stock-products';

export type ReceiptInput = Schema<'ReceiptInput'>;

interface ReceiveStock {
  productId: string;
  body: ReceiptInput;
  /** One per attempt (`useAttemptKey`): the same receipt sent twice is recorded once. */
  idempotencyKey: string;
}

/** Records stock received (a donation, a purchase): it adds to the units on hand. */
export async function receiveStock({ productId, body, idempotencyKey }: ReceiveStock) {
  return unwrap(
    api.POST('/api/v1/products/{id}/receipts', {
      params: { path: { id: productId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function useReceiveStock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: receiveStock,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productsQueryKey }),
  });
}
