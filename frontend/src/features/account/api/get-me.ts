import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export async function getMe() {
  return unwrap(api.GET('/api/v1/me'));
}

export const meQueryOptions = () => queryOptions({ queryKey: ['me'], queryFn: getMe });

export function useMe() {
  return useQuery(meQueryOptions());
}
