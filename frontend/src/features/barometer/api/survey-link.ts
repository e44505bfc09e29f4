import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type SurveyLinkView = Schema<'SurveyLinkView'>;
export type ActivitySurveyAnswers = Schema<'ActivitySurveyAnswers'>;

/** The survey a personal link opens (no account): never kept once the page is left. */
const linkQueryKey = (token: string) => ['barometer', 'link', token] as const;

export function useSurveyByLink(token: string) {
  return useQuery({
    queryKey: linkQueryKey(token),
    queryFn: () => unwrap(api.GET('/api/v1/survey-links/{token}', { params: { path: { token } } })),
    gcTime: 0,
    // A wrong or expired link stays so: asking again would only spend the rate limit.
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export function useAnswerSurveyByLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ActivitySurveyAnswers) =>
      unwrap(api.PUT('/api/v1/survey-links/{token}', { params: { path: { token } }, body })),
    onSuccess: (saved) => queryClient.setQueryData(linkQueryKey(token), saved),
  });
}
