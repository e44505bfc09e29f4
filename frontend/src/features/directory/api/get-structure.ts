import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapTagged } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { structuresQueryKey } from './search-structures';

export type StructureDetail = Schema<'StructureDetail'>;
export type ActivityView = Schema<'ActivityView'>;
export type OfferView = Schema<'OfferView'>;

export const structureQueryKey = (id: string) => [...structuresQueryKey, 'detail', id] as const;

/** The profile and the ETag to send back in If-Match when saving it. */
export async function getStructure(id: string) {
  return unwrapTagged(api.GET('/api/v1/structures/{id}', { params: { path: { id } } }));
}

export const getStructureQueryOptions = (id: string) =>
  queryOptions({ queryKey: structureQueryKey(id), queryFn: () => getStructure(id) });

export function useStructure(id: string) {
  return useQuery(getStructureQueryOptions(id));
}

/** Activities and offers have no GET of their own: their tag comes from their `version`. */
export { etagOf } from '@/lib/api/etag';
