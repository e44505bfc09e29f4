import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { referenceQueryOptions } from './reference-query';

export async function getPrestaTypes() {
  return unwrap(api.GET('/api/v1/presta-types'));
}

export const getPrestaTypesQueryOptions = () =>
  referenceQueryOptions('presta-types', getPrestaTypes);

export function usePrestaTypes() {
  return useQuery(getPrestaTypesQueryOptions());
}
