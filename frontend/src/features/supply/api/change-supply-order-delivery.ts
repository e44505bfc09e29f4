import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import { useStoreSupplyOrder, type DeliveryDetails } from './get-supply-order';

interface ChangeDelivery {
  id: string;
  /** The ETag the order was read with (412 when someone changed it since). */
  etag: string | null;
  body: DeliveryDetails;
}

/** Changes where the order goes, until it has wholly shipped. */
export async function changeSupplyOrderDelivery({ id, etag, body }: ChangeDelivery) {
  return unwrapTagged(
    api.PUT('/api/v1/supply-orders/{id}/delivery', {
      params: { path: { id }, header: { 'If-Match': etag ?? '*' } },
      body,
    }),
  );
}

export function useChangeSupplyOrderDelivery() {
  const store = useStoreSupplyOrder();
  return useMutation({ mutationFn: changeSupplyOrderDelivery, onSuccess: store });
}
