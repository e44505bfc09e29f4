import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import { useStoreSupplyOrder } from './get-supply-order';

/** Cancels the whole order while nothing has shipped: its reserved units return to stock. */
export async function cancelSupplyOrder(id: string) {
  return unwrapTagged(api.POST('/api/v1/supply-orders/{id}/cancel', { params: { path: { id } } }));
}

export function useCancelSupplyOrder() {
  const store = useStoreSupplyOrder();
  return useMutation({ mutationFn: cancelSupplyOrder, onSuccess: store });
}
