import { Alert, Badge, Grid, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageTitle } from '@/components/page-title';
import { ProblemMessage } from '@/components/problem-message';
import type { SolicitationAnswerInput } from '../api/answer-my-solicitation';
import type { SolicitationAttachmentView, SolicitationDetail } from '../api/get-my-solicitation';
import { deadlineText } from '../utils/solicitation-labels';
import { AnswerForm, type AnswerSaveCallbacks } from './answer-form';
import { RequestSummary } from './request-summary';
import { SolicitationStatusBadge } from './solicitation-status-badge';

interface Download {
  mutate: (attachment: SolicitationAttachmentView) => void;
  isPending: boolean;
  variables?: SolicitationAttachmentView | undefined;
  error: unknown;
}

interface OpportunityViewProps {
  detail: SolicitationDetail;
  /** Above the title: the way back (the inbox in the app). */
  back?: ReactNode;
  onSave: (body: SolicitationAnswerInput, callbacks: AnswerSaveCallbacks) => void;
  saving: boolean;
  download: Download;
  /** Opened through a personal link (no account): its token. */
  linkToken?: string;
}

/**
 * A solicitation as its structure sees it, in the app or through its personal link: the request
 * and the answer form side by side (one above the other on a phone).
 */
export function OpportunityView({
  detail,
  back,
  onSave,
  saving,
  download,
  linkToken,
}: OpportunityViewProps) {
  const { request } = detail;
  return (
    <Stack gap="lg">
      <PageTitle title={request.title} />
      {back}
      <Stack gap="xs">
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {request.title}
        </Title>
        <Text>
          {request.buyerOrganisationName} sollicite {detail.structureName}.
        </Text>
        <Group gap="xs">
          <SolicitationStatusBadge status={detail.status} />
          <Text size="sm">{deadlineText(request.responseDeadline)}</Text>
          {detail.deadlinePassed && (
            <Badge color="gray.7" variant="outline" tt="none">
              Date limite passée
            </Badge>
          )}
        </Group>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <RequestSummary
            request={request}
            onDownload={(attachment) => download.mutate(attachment)}
            downloadingId={download.isPending ? download.variables?.id : null}
            downloadError={
              download.error ? (
                <Alert color="red" variant="outline" role="alert" title="Téléchargement impossible">
                  <ProblemMessage error={download.error} />
                </Alert>
              ) : null
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <AnswerForm detail={detail} onSave={onSave} saving={saving} linkToken={linkToken} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
