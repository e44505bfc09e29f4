import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/types';

export type ActivitySurveyView = Schema<'ActivitySurveyView'>;
export type ActivitySurveyInput = Schema<'ActivitySurveyInput'>;
export type ActivitySurveyVersionView = Schema<'ActivitySurveyVersionView'>;
export type SurveyFormView = Schema<'SurveyFormView'>;
export type SurveyListParams = NonNullable<
  operations['listActivitySurveys']['parameters']['query']
>;

/** Every survey query starts with this key: an answer refreshes them all. */
export const surveysQueryKey = ['barometer', 'surveys'] as const;

/** This week's survey of a structure: its answer if given, last week's to start from. */
export function useThisWeekSurvey(structureId: string | null, enabled = true) {
  return useQuery({
    queryKey: [...surveysQueryKey, 'this-week', structureId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/activity-surveys/this-week', {
          params: { query: structureId ? { structureId } : {} },
        }),
      ),
    enabled,
  });
}

/** The answers in force, newest week first (a structure's last answers). */
export function useSurveys(params: SurveyListParams, enabled = true) {
  return useQuery({
    queryKey: [...surveysQueryKey, 'list', params],
    queryFn: () => unwrap(api.GET('/api/v1/activity-surveys', { params: { query: params } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Every answer given for that structure's week, the one in force first. */
export function useSurveyHistory(id: string | null) {
  return useQuery({
    queryKey: [...surveysQueryKey, 'history', id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/activity-surveys/{id}/history', { params: { path: { id: id ?? '' } } }),
      ),
    enabled: id !== null,
  });
}

interface AnswerSurvey {
  body: ActivitySurveyInput;
  /** The same key while the same answer is tried again (a lost reply): one answer, not two. */
  idempotencyKey: string;
}

/** Answers (or replaces the answer of) a structure's week. */
export function useAnswerSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: AnswerSurvey) =>
      unwrap(
        api.POST('/api/v1/activity-surveys', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveysQueryKey }),
  });
}
