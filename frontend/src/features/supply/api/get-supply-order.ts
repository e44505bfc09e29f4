import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrapTagged, type Tagged } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { productsQueryKey } from './get-products';
import { supplyOrdersQueryKey } from './get-supply-orders';

export type SupplyOrderView = Schema<'SupplyOrderView'>;
export type SupplyOrderLineView = Schema<'SupplyOrderLineView'>;
export type DeliveryDetails = Schema<'DeliveryDetails'>;

export const supplyOrderQueryKey = (id: string) => [...supplyOrdersQueryKey, 'detail', id] as const;

/** The order and the ETag to send back in If-Match when changing its draft or its delivery. */
export async function getSupplyOrder(id: string) {
  return unwrapTagged(api.GET('/api/v1/supply-orders/{id}', { params: { path: { id } } }));
}

export const getSupplyOrderQueryOptions = (id: string) =>
  queryOptions({
    queryKey: supplyOrderQueryKey(id),
    queryFn: () => getSupplyOrder(id),
  });

export function useSupplyOrder(id: string) {
  return useQuery(getSupplyOrderQueryOptions(id));
}

/**
 * After any change of an order: the page shows the answer at once, the lists and the stock
 * (a submission reserves, a cancellation releases) are read again.
 */
export function useStoreSupplyOrder() {
  const queryClient = useQueryClient();
  return async (tagged: Tagged<SupplyOrderView>) => {
    queryClient.setQueryData(supplyOrderQueryKey(tagged.data.id), tagged);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: [...supplyOrdersQueryKey, 'list'] }),
      queryClient.invalidateQueries({ queryKey: productsQueryKey }),
    ]);
  };
}
