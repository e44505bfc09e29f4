import type { FacetCount } from '../api/search-structures';

export type FacetCounts = Map<string, number>;

/** Counts of a facet by value (a value the server does not list counts 0). */
export function facetCounts(facets: FacetCount[] | undefined): FacetCounts | undefined {
  return facets && new Map(facets.map((facet) => [facet.value, facet.count]));
}

/** "ACI (12)", or the label alone when the counts are unknown. */
export function withCount(label: string, counts: FacetCounts | undefined, value: string): string {
  return counts === undefined ? label : `${label} (${counts.get(value) ?? 0})`;
}
