import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export async function getDepartments() {
  return unwrap(api.GET('/api/v1/departments'));
}

/** Reference data: it changes with a deployment, not during a session. */
export const getDepartmentsQueryOptions = () =>
  queryOptions({
    queryKey: ['reference', 'departments'],
    queryFn: getDepartments,
    staleTime: Infinity,
  });

export function useDepartments() {
  return useQuery(getDepartmentsQueryOptions());
}
