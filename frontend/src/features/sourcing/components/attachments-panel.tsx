import { Alert, Anchor, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ProblemMessage } from '@/components/problem-message';
import { formatDateTime } from '@/lib/format';
import type { SourcingAttachmentView } from '../api/get-sourcing-request';
import {
  useDeleteAttachment,
  useDownloadAttachment,
  useUploadAttachment,
} from '../api/sourcing-attachments';

export const MAX_ATTACHMENTS = 3;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** What the server accepts (it checks the content; this only guides the file picker). */
export const ACCEPTED_ATTACHMENTS =
  '.pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp';
const ACCEPTED_EXTENSIONS = ACCEPTED_ATTACHMENTS.split(',').filter((entry) =>
  entry.startsWith('.'),
);

const sizeFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} Ko`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} Mo`;
}

/** Why a file cannot be joined, before sending it; null when it may be. */
export function attachmentProblem(file: File, count: number): string | null {
  if (count >= MAX_ATTACHMENTS) {
    return `Un besoin porte au plus ${MAX_ATTACHMENTS} pièces jointes : retirez-en une d’abord.`;
  }
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return `« ${file.name} » pèse ${formatFileSize(file.size)} : 10 Mo au plus par fichier.`;
  }
  const dot = file.name.lastIndexOf('.');
  const extension = dot < 0 ? '' : file.name.slice(dot).toLowerCase();
  if (!ACCEPTED_EXTENSIONS.includes(extension)) {
    return `« ${file.name} » n’est pas accepté : joignez un PDF, un document Word, Excel ou OpenDocument, ou une image (PNG, JPEG, WebP).`;
  }
  return null;
}

interface AttachmentsPanelProps {
  requestId: string;
  attachments: SourcingAttachmentView[];
  /** A draft's files can be added and removed; otherwise only downloaded. */
  editable: boolean;
  /** After a file was added or removed (the request changed). */
  onChanged?: () => void;
}

export function AttachmentsPanel({
  requestId,
  attachments,
  editable,
  onChanged,
}: AttachmentsPanelProps) {
  const upload = useUploadAttachment();
  const remove = useDeleteAttachment();
  const download = useDownloadAttachment();
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const add = (file: File | null) => {
    setProblem(null);
    setFailure(null);
    if (!file) return;
    const refused = attachmentProblem(file, attachments.length);
    if (refused) {
      setProblem(refused);
      return;
    }
    upload.mutate(
      { requestId, file },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `« ${file.name} » a été joint.` });
          onChanged?.();
        },
        onError: setFailure,
      },
    );
  };

  return (
    <Stack gap="sm">
      {attachments.length === 0 ? (
        <Text size="sm">Aucune pièce jointe.</Text>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {attachments.map((attachment) => (
            <Group key={attachment.id} component="li" gap="xs" justify="space-between">
              <Stack gap={0} miw={0} style={{ flex: 1, overflowWrap: 'anywhere' }}>
                <Anchor
                  component="button"
                  type="button"
                  ta="left"
                  onClick={() => {
                    download.mutate(
                      { requestId, attachmentId: attachment.id, fileName: attachment.fileName },
                      { onError: setFailure },
                    );
                  }}
                >
                  {attachment.fileName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatFileSize(attachment.sizeBytes)} · ajouté le{' '}
                  {formatDateTime(attachment.createdAt)}
                </Text>
              </Stack>
              {editable && (
                <Button
                  size="xs"
                  variant="default"
                  aria-label={`Retirer ${attachment.fileName}`}
                  loading={remove.isPending && remove.variables.attachmentId === attachment.id}
                  onClick={() => {
                    setFailure(null);
                    remove.mutate(
                      { requestId, attachmentId: attachment.id },
                      { onSuccess: () => onChanged?.(), onError: setFailure },
                    );
                  }}
                >
                  Retirer
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {editable && (
        <Group gap="sm">
          <FileButton onChange={add} accept={ACCEPTED_ATTACHMENTS}>
            {(props) => (
              <Button
                {...props}
                variant="outline"
                loading={upload.isPending}
                disabled={attachments.length >= MAX_ATTACHMENTS}
              >
                Joindre un fichier
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {MAX_ATTACHMENTS} fichiers au plus, 10 Mo chacun : PDF, Word, Excel, OpenDocument, PNG,
            JPEG ou WebP.
          </Text>
        </Group>
      )}
      {(problem || failure !== null) && (
        <Alert color="red" variant="outline" role="alert">
          {problem ? <Text size="sm">{problem}</Text> : <ProblemMessage error={failure} />}
        </Alert>
      )}
    </Stack>
  );
}
