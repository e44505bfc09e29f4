import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { describePrice } from '@/lib/format';
import type { SolicitationAttachmentView, SolicitedRequestView } from '../api/get-my-solicitation';
import { CHANNEL_LABELS, formatDay } from '../utils/solicitation-labels';

const fileSize = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** "820 Ko", "2,4 Mo" */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${fileSize.format(Math.max(1, Math.round(bytes / 1024)))} Ko`;
  return `${fileSize.format(bytes / (1024 * 1024))} Mo`;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0} miw={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

interface RequestSummaryProps {
  request: SolicitedRequestView;
  /** Fetches and saves one attachment (with the session, or through the personal link). */
  onDownload: (attachment: SolicitationAttachmentView) => void;
  /** The attachment being fetched, if any. */
  downloadingId?: string | null;
  /** Why the last download failed, in French. */
  downloadError?: ReactNode;
}

/** What the buyer needs: the description, who, where, how much, when, and the files joined. */
export function RequestSummary({
  request,
  onDownload,
  downloadingId,
  downloadError,
}: RequestSummaryProps) {
  const amount = describePrice(request.amountMin, request.amountMax, null);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="besoin-titre">
      <Stack gap="md">
        <Title order={2} size="h3" id="besoin-titre">
          Le besoin
        </Title>
        <Group gap="xs">
          <Badge variant="light" color="gray" tt="none">
            {CHANNEL_LABELS[request.channel]}
          </Badge>
          {request.socialClause && (
            <Badge variant="outline" color="teal.9" tt="none">
              Clause sociale
            </Badge>
          )}
        </Group>
        <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {request.description}
        </Text>
        <Stack gap="sm">
          <Fact label="Acheteur">{request.buyerOrganisationName}</Fact>
          <Fact label="Lieu">{request.placeSummary}</Fact>
          <Fact label={request.sectorNames.length > 1 ? 'Secteurs' : 'Secteur'}>
            {request.sectorNames.join(', ') || '—'}
          </Fact>
          {request.prestaTypeNames.length > 0 && (
            <Fact label="Type de prestation">{request.prestaTypeNames.join(', ')}</Fact>
          )}
          <Fact label="Montant estimé">{amount ?? 'Non précisé'}</Fact>
          <Fact label="Date limite de réponse">{formatDay(request.responseDeadline)}</Fact>
          <Fact label="Début de la prestation">
            {request.startDate ? formatDay(request.startDate) : 'Non précisé'}
          </Fact>
          <Fact label="Clause sociale">{request.socialClause ? 'Oui' : 'Non'}</Fact>
        </Stack>
        {request.attachments.length > 0 && (
          <Stack gap="xs">
            <Title order={3} size="h4">
              Documents joints
            </Title>
            <List spacing="xs" listStyleType="none" p={0}>
              {request.attachments.map((attachment) => (
                <List.Item key={attachment.id}>
                  <Button
                    variant="subtle"
                    px={0}
                    h="auto"
                    mih={36}
                    styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                    loading={downloadingId === attachment.id}
                    onClick={() => onDownload(attachment)}
                    aria-label={`Télécharger ${attachment.fileName} (${formatFileSize(attachment.sizeBytes)})`}
                  >
                    {attachment.fileName} ({formatFileSize(attachment.sizeBytes)})
                  </Button>
                </List.Item>
              ))}
            </List>
            {downloadError}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
