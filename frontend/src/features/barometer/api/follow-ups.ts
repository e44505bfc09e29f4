import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import type { paths } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/types';

export type FollowUpView = Schema<'FollowUpView'>;
export type FollowUpUpdate = Schema<'FollowUpUpdate'>;
export type FollowUpParams = NonNullable<paths['/api/v1/follow-ups']['get']['parameters']['query']>;

const followUpsQueryKey = ['barometer', 'follow-ups'] as const;

/** The follow-ups of declared needs, filtered by status, need, department and who handles them. */
export function useFollowUps(params: FollowUpParams) {
  return useQuery({
    queryKey: [...followUpsQueryKey, params],
    queryFn: () => unwrap(api.GET('/api/v1/follow-ups', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

/**
 * Changes a follow-up (status, who handles it, note), sent with the version it was read at: a
 * change made meanwhile by someone else is a 412, never overwritten.
 */
export function useUpdateFollowUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ followUp, body }: { followUp: FollowUpView; body: FollowUpUpdate }) =>
      unwrap(
        api.PATCH('/api/v1/follow-ups/{id}', {
          params: { path: { id: followUp.id }, header: { 'If-Match': etagOf(followUp) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: followUpsQueryKey }),
  });
}
