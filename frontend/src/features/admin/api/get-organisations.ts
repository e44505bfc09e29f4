import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PageParams } from '@/hooks/use-paged-filter';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type OrganisationView = Schema<'OrganisationView'>;

export const organisationsQueryKey = ['admin', 'organisations'] as const;

export async function getOrganisations(query: PageParams) {
  return unwrap(api.GET('/api/v1/admin/organisations', { params: { query } }));
}

export const getOrganisationsQueryOptions = (query: PageParams) =>
  queryOptions({
    queryKey: [...organisationsQueryKey, query],
    queryFn: () => getOrganisations(query),
    placeholderData: keepPreviousData,
  });

export function useOrganisations(query: PageParams) {
  return useQuery(getOrganisationsQueryOptions(query));
}
