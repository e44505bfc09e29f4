import { useMutation } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import { useStoreSupplyOrder } from './get-supply-order';

/** Cancels one line before it ships: its reservation and its backorder are released. */
export async function cancelSupplyOrderLine({ id, lineId }: { id: string; lineId: string }) {
  return unwrapTagged(
    api.POST('/api/v1/supply-orders/{id}/lines/{lineId}/cancel', {
      params: { path: { id, lineId } },
    }),
  );
}

export function useCancelSupplyOrderLine() {
  const store = useStoreSupplyOrder();
  return useMutation({ mutationFn: cancelSupplyOrderLine, onSuccess: store });
}
