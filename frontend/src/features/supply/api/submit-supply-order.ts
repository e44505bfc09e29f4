import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import { useStoreSupplyOrder } from './get-supply-order';

interface SubmitSupplyOrder {
  id: string;
  /** One per attempt to send: a retry after a lost answer gets the first answer again. */
  idempotencyKey: string;
}

/** Sends a draft: what is in stock is reserved at once, the rest waits for the next arrival. */
export async function submitSupplyOrder({ id, idempotencyKey }: SubmitSupplyOrder) {
  return unwrapTagged(
    api.POST('/api/v1/supply-orders/{id}/submit', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
    }),
  );
}

export function useSubmitSupplyOrder() {
  const store = useStoreSupplyOrder();
  return useMutation({ mutationFn: submitSupplyOrder, onSuccess: store });
}
