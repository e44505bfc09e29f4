import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/types';

export type StructureSearchPage = Schema<'StructureSearchPage'>;
export type StructureSummary = Schema<'StructureSummary'>;
export type StructureFacets = Schema<'StructureFacets'>;
export type FacetCount = Schema<'FacetCount'>;

export type StructureSort = Schema<'StructureSort'>;
/** The sorts, to read them from a URL. */
export const STRUCTURE_SORTS = [
  'relevance',
  'distance',
  'name',
  'completeness',
] as const satisfies readonly StructureSort[];

/** The search's parameters, as the contract types them (arrays sent as repeated parameters). */
export type StructureSearchParams = NonNullable<
  operations['searchStructures']['parameters']['query']
>;

export const structuresQueryKey = ['directory', 'structures'] as const;

export async function searchStructures(params: StructureSearchParams) {
  return unwrap(api.GET('/api/v1/structures', { params: { query: params } }));
}

export const searchStructuresQueryOptions = (params: StructureSearchParams) =>
  queryOptions({
    queryKey: [...structuresQueryKey, 'search', params],
    queryFn: () => searchStructures(params),
    placeholderData: keepPreviousData,
  });

export function useStructureSearch(params: StructureSearchParams) {
  return useQuery(searchStructuresQueryOptions(params));
}
