import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { downloadBlob } from '@/lib/download';
import type { SolicitationAttachmentView } from './get-my-solicitation';

/** A file joined to the request, fetched with the session's token and saved under its name. */
export function useDownloadMySolicitationAttachment(solicitationId: string) {
  return useMutation({
    mutationFn: async (attachment: SolicitationAttachmentView) => {
      const blob = await unwrap(
        api.GET('/api/v1/solicitations/{id}/attachments/{attachmentId}', {
          params: { path: { id: solicitationId, attachmentId: attachment.id } },
          parseAs: 'blob',
        }),
      );
      downloadBlob(blob, attachment.fileName);
    },
  });
}
