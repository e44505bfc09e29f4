import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { referenceQueryOptions } from './reference-query';

export async function getSectors() {
  return unwrap(api.GET('/api/v1/sectors'));
}

export const getSectorsQueryOptions = () => referenceQueryOptions('sectors', getSectors);

export function useSectors() {
  return useQuery(getSectorsQueryOptions());
}
