import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/types';
import { productsQueryKey } from './get-stock-products';

export type AllocationRunView = Schema<'AllocationRunView'>;
export type AllocationRunSummary = Schema<'AllocationRunSummary'>;
export type AllocationRunLineView = Schema<'AllocationRunLineView'>;
export type AllocationRunProductView = Schema<'AllocationRunProductView'>;
export type AllocationRunStatus = Schema<'AllocationRunStatus'>;
export type AllocationRunListParams = NonNullable<
  operations['listAllocationRuns']['parameters']['query']
>;

/** Every allocation-run query (the history, one run and its lines) starts with this key. */
export const allocationRunsQueryKey = ['supply', 'allocation-runs'] as const;

/** A run with one page of its lines (the lines of a big run come a page at a time). */
export const allocationRunQueryKey = (id: string, linesPage: number) =>
  [...allocationRunsQueryKey, 'detail', id, linesPage] as const;

export const ALLOCATION_LINES_PAGE_SIZE = 50;

export async function getAllocationRuns(params: AllocationRunListParams) {
  return unwrap(api.GET('/api/v1/allocation-runs', { params: { query: params } }));
}

export const getAllocationRunsQueryOptions = (params: AllocationRunListParams) =>
  queryOptions({
    queryKey: [...allocationRunsQueryKey, 'list', params],
    queryFn: () => getAllocationRuns(params),
    placeholderData: keepPreviousData,
  });

/** Past runs, newest first. */
export function useAllocationRuns(params: AllocationRunListParams) {
  return useQuery(getAllocationRunsQueryOptions(params));
}

export async function getAllocationRun(id: string, linesPage: number) {
  return unwrap(
    api.GET('/api/v1/allocation-runs/{id}', {
      params: { path: { id }, query: { page: linesPage, size: ALLOCATION_LINES_PAGE_SIZE } },
    }),
  );
}

export function useAllocationRun(id: string | null, linesPage: number) {
  return useQuery({
    queryKey: allocationRunQueryKey(id ?? '', linesPage),
    queryFn: () => getAllocationRun(id ?? '', linesPage),
    enabled: id !== null,
    placeholderData: keepPreviousData,
  });
}

/** A proposal (dry run) for the products chosen, saved to be applied later. */
export async function proposeAllocationRun(productIds: string[]) {
  return unwrap(
    api.POST('/api/v1/allocation-runs', {
      params: { query: { page: 0, size: ALLOCATION_LINES_PAGE_SIZE } },
      body: { dryRun: true, productIds },
    }),
  );
}

export function useProposeAllocationRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proposeAllocationRun,
    onSuccess: async (run) => {
      queryClient.setQueryData(allocationRunQueryKey(run.id, 0), run);
      await queryClient.invalidateQueries({ queryKey: [...allocationRunsQueryKey, 'list'] });
    },
  });
}

/**
 * Applies a proposal in one transaction: its units are reserved for the order lines. 409 when the
 * stock or the backorders changed since it was proposed (propose again), or when it was applied.
 */
export async function applyAllocationRun(id: string) {
  return unwrap(
    api.POST('/api/v1/allocation-runs/{id}/apply', {
      params: { path: { id }, query: { page: 0, size: ALLOCATION_LINES_PAGE_SIZE } },
    }),
  );
}

export function useApplyAllocationRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyAllocationRun,
    onSuccess: async (run) => {
      // The other pages of its lines were read as a proposal: read them again.
      queryClient.removeQueries({ queryKey: [...allocationRunsQueryKey, 'detail', run.id] });
      queryClient.setQueryData(allocationRunQueryKey(run.id, 0), run);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...allocationRunsQueryKey, 'list'] }),
        queryClient.invalidateQueries({ queryKey: productsQueryKey }),
      ]);
    },
  });
}
