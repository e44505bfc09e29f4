import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, unwrap, unwrapTagged } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/types';

export type OngoingContractView = Schema<'OngoingContractView'>;
export type OngoingContractInput = Schema<'OngoingContractInput'>;
export type OngoingContractListParams = NonNullable<
  operations['listOngoingContracts']['parameters']['query']
>;

export const ongoingContractsQueryKey = ['sourcing', 'ongoing-contracts'] as const;

export async function getOngoingContracts(params: OngoingContractListParams) {
  return unwrap(api.GET('/api/v1/ongoing-contracts', { params: { query: params } }));
}

export const getOngoingContractsQueryOptions = (params: OngoingContractListParams) =>
  queryOptions({
    queryKey: [...ongoingContractsQueryKey, 'list', params],
    queryFn: () => getOngoingContracts(params),
    placeholderData: keepPreviousData,
  });

/** Facilitators only: other roles pass `enabled: false` (the API would refuse them). */
export function useOngoingContracts(params: OngoingContractListParams, enabled = true) {
  return useQuery({ ...getOngoingContractsQueryOptions(params), enabled });
}

export async function getOngoingContract(id: string) {
  return unwrap(api.GET('/api/v1/ongoing-contracts/{id}', { params: { path: { id } } }));
}

export function useOngoingContract(id: string | null) {
  return useQuery({
    queryKey: [...ongoingContractsQueryKey, 'detail', id],
    queryFn: () => getOngoingContract(id ?? ''),
    enabled: id !== null,
  });
}

interface SaveOngoingContract {
  /** The contract being edited (its version is the If-Match); none creates one. */
  existing: OngoingContractView | null;
  body: OngoingContractInput;
}

export async function saveOngoingContract({ existing, body }: SaveOngoingContract) {
  if (existing === null) {
    return unwrapTagged(api.POST('/api/v1/ongoing-contracts', { body }));
  }
  return unwrapTagged(
    api.PUT('/api/v1/ongoing-contracts/{id}', {
      params: { path: { id: existing.id }, header: { 'If-Match': etagOf(existing) } },
      body,
    }),
  );
}

export function useSaveOngoingContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveOngoingContract,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ongoingContractsQueryKey }),
  });
}
