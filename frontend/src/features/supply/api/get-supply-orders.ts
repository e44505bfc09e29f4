import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/types';

export type SupplyOrderSummary = Schema<'SupplyOrderSummary'>;
export type SupplyOrderPage = Schema<'SupplyOrderPage'>;
/** The list's filters: page, size, text, statuses, structure and order. */
export type SupplyOrderListParams = NonNullable<
  operations['listSupplyOrders']['parameters']['query']
>;

/** Every supply order query (lists and pages) starts with this key. */
export const supplyOrdersQueryKey = ['supply', 'orders'] as const;

export async function getSupplyOrders(params: SupplyOrderListParams) {
  return unwrap(api.GET('/api/v1/supply-orders', { params: { query: params } }));
}

export const getSupplyOrdersQueryOptions = (params: SupplyOrderListParams) =>
  queryOptions({
    queryKey: [...supplyOrdersQueryKey, 'list', params],
    queryFn: () => getSupplyOrders(params),
    placeholderData: keepPreviousData,
  });

export function useSupplyOrders(params: SupplyOrderListParams) {
  return useQuery(getSupplyOrdersQueryOptions(params));
}
