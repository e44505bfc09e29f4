import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { downloadBlob } from '@/lib/download';
import { sourcingRequestQueryKey } from './get-sourcing-request';

interface AttachmentRef {
  requestId: string;
  attachmentId: string;
}

export async function uploadAttachment({ requestId, file }: { requestId: string; file: File }) {
  return unwrap(
    api.POST('/api/v1/sourcing-requests/{id}/attachments', {
      params: { path: { id: requestId } },
      body: { file: file as unknown as string },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file);
        return form;
      },
    }),
  );
}

export async function deleteAttachment({ requestId, attachmentId }: AttachmentRef) {
  await unwrap(
    api.DELETE('/api/v1/sourcing-requests/{id}/attachments/{attachmentId}', {
      params: { path: { id: requestId, attachmentId } },
    }),
  );
}

/** Fetches the file with the session's token and saves it under its name. */
export async function downloadAttachment({
  requestId,
  attachmentId,
  fileName,
}: AttachmentRef & { fileName: string }) {
  const blob = await unwrap(
    api.GET('/api/v1/sourcing-requests/{id}/attachments/{attachmentId}', {
      params: { path: { id: requestId, attachmentId } },
      parseAs: 'blob',
    }),
  );
  downloadBlob(blob, fileName);
}

/** The request is read again after a file is added or removed (its list, its version). */
function useRefreshRequest() {
  const queryClient = useQueryClient();
  return (requestId: string) =>
    queryClient.invalidateQueries({ queryKey: sourcingRequestQueryKey(requestId) });
}

export function useUploadAttachment() {
  const refresh = useRefreshRequest();
  return useMutation({
    mutationFn: uploadAttachment,
    onSettled: (_data, _error, { requestId }) => refresh(requestId),
  });
}

export function useDeleteAttachment() {
  const refresh = useRefreshRequest();
  return useMutation({
    mutationFn: deleteAttachment,
    onSettled: (_data, _error, { requestId }) => refresh(requestId),
  });
}

export function useDownloadAttachment() {
  return useMutation({ mutationFn: downloadAttachment });
}
