import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/types';
import { productQueryKey } from './get-stock-products';

export type StockMovementView = Schema<'StockMovementView'>;
export type StockMovementListParams = NonNullable<
  operations['listStockMovements']['parameters']['query']
>;

/** A product's ledger, newest first, a page at a time; under the product's key, so a write refreshes it. */
export async function getStockMovements(productId: string, params: StockMovementListParams) {
  return unwrap(
    api.GET('/api/v1/products/{id}/movements', {
      params: { path: { id: productId }, query: params },
    }),
  );
}

export const getStockMovementsQueryOptions = (productId: string, params: StockMovementListParams) =>
  queryOptions({
    queryKey: [...productQueryKey(productId), 'movements', params],
    queryFn: () => getStockMovements(productId, params),
    placeholderData: keepPreviousData,
  });

export function useStockMovements(productId: string, params: StockMovementListParams) {
  return useQuery(getStockMovementsQueryOptions(productId, params));
}
