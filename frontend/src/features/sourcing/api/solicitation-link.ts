import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { downloadBlob } from '@/lib/download';
import type { SolicitationAnswerInput } from './answer-my-solicitation';
import type { SolicitationAttachmentView } from './get-my-solicitation';

/** The solicitation a personal link opens (no account): never kept once the page is left. */
const linkQueryKey = (token: string) => ['sourcing', 'link', token] as const;

export function useSolicitationByLink(token: string) {
  return useQuery({
    queryKey: linkQueryKey(token),
    queryFn: () =>
      unwrap(api.GET('/api/v1/solicitation-links/{token}', { params: { path: { token } } })),
    gcTime: 0,
    // A wrong or expired link stays so: asking again would only spend the rate limit.
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export function useAnswerSolicitationByLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SolicitationAnswerInput) =>
      unwrap(api.PUT('/api/v1/solicitation-links/{token}', { params: { path: { token } }, body })),
    onSuccess: (saved) => queryClient.setQueryData(linkQueryKey(token), saved),
  });
}

/** A file joined to the request, through the personal link. */
export function useDownloadLinkAttachment(token: string) {
  return useMutation({
    mutationFn: async (attachment: SolicitationAttachmentView) => {
      const blob = await unwrap(
        api.GET('/api/v1/solicitation-links/{token}/attachments/{attachmentId}', {
          params: { path: { token, attachmentId: attachment.id } },
          parseAs: 'blob',
        }),
      );
      downloadBlob(blob, attachment.fileName);
    },
  });
}
