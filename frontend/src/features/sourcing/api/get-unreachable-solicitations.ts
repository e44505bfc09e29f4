import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/types';

export type UnreachableSolicitation = Schema<'UnreachableSolicitation'>;

type UnreachableParams = NonNullable<
  operations['listUnreachableSolicitations']['parameters']['query']
>;

/** Solicited structures that no e-mail reaches, nearest deadline first, for facilitators to call. */
export const getUnreachableSolicitationsQueryOptions = (params: UnreachableParams) =>
  queryOptions({
    queryKey: ['sourcing', 'unreachable', params],
    queryFn: () =>
      unwrap(api.GET('/api/v1/solicitations/unreachable', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

export function useUnreachableSolicitations(params: UnreachableParams) {
  return useQuery(getUnreachableSolicitationsQueryOptions(params));
}
