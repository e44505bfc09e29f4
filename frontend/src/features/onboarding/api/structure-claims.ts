import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { useQueueMutation } from './queue-mutation';

export type StructureClaim = Schema<'StructureClaim'>;
export type StructureClaimStatus = Schema<'StructureClaimStatus'>;

const KEY = ['onboarding', 'structure-claims'] as const;

export function useStructureClaims(params: {
  status: StructureClaimStatus;
  page: number;
  size: number;
}) {
  return useQuery({
    queryKey: [...KEY, params],
    queryFn: () => unwrap(api.GET('/api/v1/structure-claims', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useAcceptStructureClaim() {
  return useQueueMutation(KEY, (id: string) =>
    unwrap(api.POST('/api/v1/structure-claims/{id}/acceptance', { params: { path: { id } } })),
  );
}

export function useRefuseStructureClaim() {
  return useQueueMutation(KEY, ({ id, reason }: { id: string; reason: string }) =>
    unwrap(
      api.POST('/api/v1/structure-claims/{id}/refusal', {
        params: { path: { id } },
        body: { reason },
      }),
    ),
  );
}
