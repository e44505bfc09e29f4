import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { referenceQueryOptions } from './reference-query';

export async function getStructureNetworks() {
  return unwrap(api.GET('/api/v1/structure-networks'));
}

export const getStructureNetworksQueryOptions = () =>
  referenceQueryOptions('structure-networks', getStructureNetworks);

export function useStructureNetworks() {
  return useQuery(getStructureNetworksQueryOptions());
}
