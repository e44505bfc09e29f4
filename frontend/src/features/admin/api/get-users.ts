import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PageParams } from '@/hooks/use-paged-filter';
import { api, unwrap } from '@/lib/api/client';
import type { Role, Schema } from '@/lib/api/types';

export type UserView = Schema<'UserView'>;
export type UsersQuery = PageParams & { organisationId?: string; role?: Role };

export const usersQueryKey = ['admin', 'users'] as const;

export async function getUsers(query: UsersQuery) {
  return unwrap(api.GET('/api/v1/admin/users', { params: { query } }));
}

export const getUsersQueryOptions = (query: UsersQuery) =>
  queryOptions({
    queryKey: [...usersQueryKey, query],
    queryFn: () => getUsers(query),
    placeholderData: keepPreviousData,
  });

export function useUsers(query: UsersQuery) {
  return useQuery(getUsersQueryOptions(query));
}
