import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import { useStoreSupplyOrder } from './get-supply-order';

/** Records that a shipped order has arrived (facilitators). */
export async function deliverSupplyOrder(id: string) {
  return unwrapTagged(api.POST('/api/v1/supply-orders/{id}/deliver', { params: { path: { id } } }));
}

export function useDeliverSupplyOrder() {
  const store = useStoreSupplyOrder();
  return useMutation({ mutationFn: deliverSupplyOrder, onSuccess: store });
}
