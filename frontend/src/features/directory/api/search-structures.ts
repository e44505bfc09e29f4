import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/types';

export type StructureSearchPage = Schema<'StructureSearchPage'>;
export type StructureSummary = Schema<'StructureSummary'>;
export type StructureFacets = Schema<'StructureFacets'>;
export type FacetCount = Schema<'FacetCount'>;

type ContractQuery = NonNullable<operations['searchStructures']['parameters']['query']>;

export const STRUCTURE_SORTS = ['relevance', 'distance', 'name'] as const;
export type StructureSort = (typeof STRUCTURE_SORTS)[number];

/**
 * The search's parameters. TODO(contract): the generated contract types
 * `sector`, `prestaType` and `sort` as objects (their @Schema in
 * StructureSearchQuery has no type); once it says string[], PrestaType[] and
 * an enum, use ContractQuery as is and drop STRUCTURE_SORTS and the cast below.
 */
export type StructureSearchParams = Omit<ContractQuery, 'sector' | 'prestaType' | 'sort'> & {
  sector?: string[];
  prestaType?: Schema<'PrestaType'>[];
  sort?: StructureSort;
};

/** The query as openapi-fetch sends it (arrays as repeated parameters). */
export function toContractQuery(params: StructureSearchParams): ContractQuery {
  return params as ContractQuery;
}

export const structuresQueryKey = ['directory', 'structures'] as const;

export async function searchStructures(params: StructureSearchParams) {
  return unwrap(api.GET('/api/v1/structures', { params: { query: toContractQuery(params) } }));
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
