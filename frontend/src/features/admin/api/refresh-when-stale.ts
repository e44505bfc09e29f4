import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { isStaleWrite } from '@/lib/api/problem';

/** After a 412 the list is refetched, so that it shows who saved first and the next save sends their version. */
export function refreshWhenStale(error: unknown, queryClient: QueryClient, queryKey: QueryKey) {
  if (isStaleWrite(error)) void queryClient.invalidateQueries({ queryKey });
}
