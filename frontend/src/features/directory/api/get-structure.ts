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

/**
 * The entity tag of an activity or an offer, read from its `version` (the
 * contract: "Also sent as the ETag"); they have no GET of their own.
 */
export function etagOf(item: { version: number }): string {
  return `"${item.version}"`;
}
