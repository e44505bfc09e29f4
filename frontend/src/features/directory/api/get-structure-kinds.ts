import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { referenceQueryOptions } from './reference-query';

export async function getStructureKinds() {
  return unwrap(api.GET('/api/v1/structure-kinds'));
}

export const getStructureKindsQueryOptions = () =>
  referenceQueryOptions('structure-kinds', getStructureKinds);

export function useStructureKinds() {
  return useQuery(getStructureKindsQueryOptions());
}
