import { queryOptions } from '@tanstack/react-query';

/**
 * Reference lists change with a deployment, not during a session: fetched once per
 * session, never refetched nor dropped from the cache (the server lets the browser
 * keep them an hour, then revalidates with their ETag).
 */
export function referenceQueryOptions<T>(name: string, queryFn: () => Promise<T>) {
  return queryOptions({
    queryKey: ['reference', name],
    queryFn,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
