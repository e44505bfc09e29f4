import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import type { Schema } from '@/lib/api/types';
import { productsQueryKey, type ProductView } from './get-stock-products';

export type ProductInput = Schema<'ProductInput'>;

interface SaveProduct {
  /** The product being edited (its version is the If-Match); none creates one. */
  existing: ProductView | null;
  body: ProductInput;
}

/** Creates a product (with no stock), or rewrites one with If-Match (412 when stale). */
export async function saveProduct({ existing, body }: SaveProduct) {
  if (existing === null) {
    return unwrapTagged(api.POST('/api/v1/products', { body }));
  }
  return unwrapTagged(
    api.PUT('/api/v1/products/{id}', {
      params: { path: { id: existing.id }, header: { 'If-Match': etagOf(existing) } },
      body,
    }),
  );
}

export function useSaveProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveProduct,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productsQueryKey }),
  });
}
