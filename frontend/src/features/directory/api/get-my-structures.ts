import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Schema } from '@/lib/api/types';
import { getStructure } from './get-structure';
import { searchStructures } from './search-structures';

type OrganisationRef = Schema<'OrganisationRef'>;

/** How many search results are checked for the organisation's structures. */
const CANDIDATES = 10;

/**
 * The structures a siae user acts for: those owned by its organisation.
 *
 * TODO(contract): the API has no way to list an organisation's structures (the
 * search has no organisation filter and its summaries no organisationId). Until
 * it does (e.g. `GET /me/structures` or `GET /structures?organisation=`), this
 * searches the organisation's name (a structure created without organisation
 * gets one of its own name) and keeps the results that the organisation owns.
 */
export async function getMyStructures(organisation: OrganisationRef) {
  const found = await searchStructures({
    q: organisation.name,
    size: CANDIDATES,
    facets: false,
  });
  const profiles = await Promise.all(found.items.map((summary) => getStructure(summary.id)));
  return profiles
    .map(({ data }) => data)
    .filter((structure) => structure.organisationId === organisation.id);
}

export const getMyStructuresQueryOptions = (organisation: OrganisationRef) =>
  queryOptions({
    // Outside structuresQueryKey: saving a profile need not search again.
    queryKey: ['directory', 'mine', organisation.id],
    queryFn: () => getMyStructures(organisation),
  });

export function useMyStructures(organisation: OrganisationRef) {
  return useQuery(getMyStructuresQueryOptions(organisation));
}
