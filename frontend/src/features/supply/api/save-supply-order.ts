import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged, type Tagged } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { useStoreSupplyOrder, type SupplyOrderView } from './get-supply-order';

export type SupplyOrderInput = Schema<'SupplyOrderInput'>;

interface SaveSupplyOrder {
  /** The draft saved before, with the ETag it was read with; none creates the order. */
  saved: { id: string; etag: string | null } | null;
  body: SupplyOrderInput;
  /** For the creation: the same key for a retry of the same body (no second draft). */
  idempotencyKey?: string;
}

/** Creates the order (a draft), or saves the draft again with If-Match. */
export async function saveSupplyOrder({
  saved,
  body,
  idempotencyKey,
}: SaveSupplyOrder): Promise<Tagged<SupplyOrderView>> {
  if (saved === null) {
    return unwrapTagged(
      api.POST('/api/v1/supply-orders', {
        params: idempotencyKey ? { header: { 'Idempotency-Key': idempotencyKey } } : {},
        body,
      }),
    );
  }
  return unwrapTagged(
    api.PUT('/api/v1/supply-orders/{id}', {
      params: { path: { id: saved.id }, header: { 'If-Match': saved.etag ?? '*' } },
      body,
    }),
  );
}

export function useSaveSupplyOrder() {
  const store = useStoreSupplyOrder();
  return useMutation({ mutationFn: saveSupplyOrder, onSuccess: store });
}
