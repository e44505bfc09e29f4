import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type ProductView = Schema<'ProductView'>;

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
