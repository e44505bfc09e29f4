import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { useQueueMutation } from './queue-mutation';

export type OrganisationToVerify = Schema<'OrganisationToVerify'>;

const KEY = ['onboarding', 'organisations-to-verify'] as const;

export function useOrganisationsToVerify(params: { page: number; size: number }) {
  return useQuery({
    queryKey: [...KEY, params],
    queryFn: () =>
      unwrap(api.GET('/api/v1/organisations/to-verify', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useConfirmOrganisation() {
  return useQueueMutation(KEY, (id: string) =>
    unwrap(api.POST('/api/v1/organisations/{id}/verification', { params: { path: { id } } })),
  );
}

export function useMergeOrganisation() {
  return useQueueMutation(
    KEY,
    ({ id, targetOrganisationId }: { id: string; targetOrganisationId: string }) =>
      unwrap(
        api.POST('/api/v1/organisations/{id}/merge', {
          params: { path: { id } },
          body: { targetOrganisationId },
        }),
      ),
  );
}
