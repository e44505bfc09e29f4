import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PageParams } from '@/hooks/use-paged-filter';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type PartnerClientView = Schema<'PartnerClientView'>;
export type PartnerClientCreated = Schema<'PartnerClientCreated'>;

export const partnerClientsQueryKey = ['admin', 'partner-clients'] as const;

export async function getPartnerClients(query: PageParams) {
  return unwrap(api.GET('/api/v1/admin/partner-clients', { params: { query } }));
}

export const getPartnerClientsQueryOptions = (query: PageParams) =>
  queryOptions({
    queryKey: [...partnerClientsQueryKey, query],
    queryFn: () => getPartnerClients(query),
    placeholderData: keepPreviousData,
  });

export function usePartnerClients(query: PageParams) {
  return useQuery(getPartnerClientsQueryOptions(query));
}
