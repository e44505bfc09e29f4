import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapTagged } from '@/lib/api/client';
import { productsQueryKey } from './get-products';

export { productsQueryKey, type ProductView } from './get-products';

export const productQueryKey = (id: string) => [...productsQueryKey, 'detail', id] as const;

/** Every product with its stock, the inactive ones included (facilitators and admins). */
export async function getAllProducts() {
  return unwrap(api.GET('/api/v1/products', { params: { query: { includeInactive: true } } }));
}

export const getAllProductsQueryOptions = () =>
  queryOptions({
    queryKey: [...productsQueryKey, 'list', 'all'],
    queryFn: getAllProducts,
  });

export function useAllProducts() {
  return useQuery(getAllProductsQueryOptions());
}

/** One product with its stock and the ETag to send back when rewriting it. */
export async function getProduct(id: string) {
  return unwrapTagged(api.GET('/api/v1/products/{id}', { params: { path: { id } } }));
}

export const getProductQueryOptions = (id: string) =>
  queryOptions({ queryKey: productQueryKey(id), queryFn: () => getProduct(id) });

export function useProduct(id: string) {
  return useQuery(getProductQueryOptions(id));
}
