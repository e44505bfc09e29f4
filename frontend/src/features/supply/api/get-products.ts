import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type ProductView = Schema<'ProductView'>;

/**
 * Every product query starts with this key: the lists (the order form's and the stock page's),
 * one product, its ledger. A receipt or an adjustment refreshes them all.
 */
export const productsQueryKey = ['supply', 'products'] as const;

/** The products on offer (the active ones), in name order, with their stock. */
export async function getProducts() {
  return unwrap(api.GET('/api/v1/products'));
}

export const getProductsQueryOptions = () =>
  queryOptions({ queryKey: [...productsQueryKey, 'active'], queryFn: getProducts });

export function useProducts() {
  return useQuery(getProductsQueryOptions());
}
