import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { useStoreSupplyOrder } from './get-supply-order';

export type ShipmentInput = Schema<'ShipmentInput'>;

interface ShipSupplyOrder {
  id: string;
  body: ShipmentInput;
  /** The same key for a retry of the same parcel (never recorded twice). */
  idempotencyKey: string;
}

/** Records a parcel sent (facilitators): at most what each line has reserved and not shipped. */
export async function shipSupplyOrder({ id, body, idempotencyKey }: ShipSupplyOrder) {
  return unwrapTagged(
    api.POST('/api/v1/supply-orders/{id}/ship', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function useShipSupplyOrder() {
  const store = useStoreSupplyOrder();
  return useMutation({ mutationFn: shipSupplyOrder, onSuccess: store });
}
