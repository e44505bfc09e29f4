import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/types';

export type AuditEventView = Schema<'AuditEventView'>;
/** The log's filters: record type and id, actor, days from and to, page. */
export type AuditEventParams = NonNullable<
  paths['/api/v1/audit-events']['get']['parameters']['query']
>;

export const auditEventsQueryKey = ['admin', 'audit-events'] as const;

export async function getAuditEvents(params: AuditEventParams) {
  return unwrap(api.GET('/api/v1/audit-events', { params: { query: params } }));
}

export const getAuditEventsQueryOptions = (params: AuditEventParams) =>
  queryOptions({
    queryKey: [...auditEventsQueryKey, params],
    queryFn: () => getAuditEvents(params),
    placeholderData: keepPreviousData,
  });

export function useAuditEvents(params: AuditEventParams) {
  return useQuery(getAuditEventsQueryOptions(params));
}
