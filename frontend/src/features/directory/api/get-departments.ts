import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { referenceQueryOptions } from './reference-query';

export async function getDepartments() {
  return unwrap(api.GET('/api/v1/departments'));
}

export const getDepartmentsQueryOptions = () =>
  referenceQueryOptions('departments', getDepartments);

export function useDepartments() {
  return useQuery(getDepartmentsQueryOptions());
}
