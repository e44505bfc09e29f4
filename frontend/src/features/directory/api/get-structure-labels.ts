import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { referenceQueryOptions } from './reference-query';

export async function getStructureLabels() {
  return unwrap(api.GET('/api/v1/structure-labels'));
}

export const getStructureLabelsQueryOptions = () =>
  referenceQueryOptions('structure-labels', getStructureLabels);

export function useStructureLabels() {
  return useQuery(getStructureLabelsQueryOptions());
}
