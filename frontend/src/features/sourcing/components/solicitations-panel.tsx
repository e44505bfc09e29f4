import { Alert, Card, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert } from '@/components/error-alert';
import { ProblemMessage } from '@/components/problem-message';
import type { Role, Schema } from '@/lib/api/types';
import {
  useAddRequestSolicitation,
  useRemoveRequestSolicitation,
  useRequestSolicitations,
  type SolicitationView,
} from '../api/request-solicitations';
import { useKindLabel } from '../api/structures';
import { MatchPreview, type MatchPreviewProps } from './match-preview';
import { SolicitationCard } from './solicitation-card';
import { StructurePicker } from './structure-picker';

export interface SolicitationsPanelProps {
  requestId: string;
  /** The request's status: structures are solicited when it is published. */
  status: Schema<'SourcingStatus'>;
  /** The caller's role: a facilitator adds and removes structures and sees every contact. */
  role: Role;
  /** Before publishing, for a facilitator: the match preview (data and saving from the page). */
  matchPreview?: MatchPreviewProps;
}

interface Counts {
  interested: number;
  declined: number;
  waiting: number;
}

/** Counted over the structures still solicited (removed ones are not waited for). */
export function solicitationCounts(solicitations: SolicitationView[]): Counts {
  const current = solicitations.filter((solicitation) => !solicitation.removed);
  return {
    interested: current.filter((s) => s.status === 'INTERESTED').length,
    declined: current.filter((s) => s.status === 'DECLINED').length,
    waiting: current.filter((s) => s.status === 'SENT' || s.status === 'VIEWED').length,
  };
}

function CountsLine({ counts }: { counts: Counts }) {
  const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;
  return (
    <Group gap="lg" role="group" aria-label="Réponses">
      <Text fw={600}>{plural(counts.interested, 'intéressée', 'intéressées')}</Text>
      <Text fw={600}>{plural(counts.declined, 'a décliné', 'ont décliné')}</Text>
      <Text fw={600}>{plural(counts.waiting, 'sans réponse', 'sans réponse')}</Text>
    </Group>
  );
}

function RemoveDialog({
  requestId,
  solicitation,
  onClose,
}: {
  requestId: string;
  solicitation: SolicitationView;
  onClose: () => void;
}) {
  const remove = useRemoveRequestSolicitation(requestId);
  const answered = solicitation.answer != null;
  return (
    <ConfirmDialog
      title={`Retirer ${solicitation.name} ?`}
      confirmLabel="Retirer la structure"
      submitting={remove.isPending}
      error={remove.error}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(solicitation.structureId, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              message: `${solicitation.name} n’est plus sollicitée.`,
              closeButtonProps: { 'aria-label': 'Fermer le message' },
            });
            onClose();
          },
        })
      }
    >
      {answered
        ? 'Elle a déjà répondu : sa réponse reste visible, marquée « retirée ». Vous pourrez la solliciter à nouveau.'
        : 'Son lien de réponse ne fonctionnera plus. Vous pourrez la solliciter à nouveau.'}
    </ConfirmDialog>
  );
}

function AddStructure({ requestId, solicitedIds }: { requestId: string; solicitedIds: string[] }) {
  const add = useAddRequestSolicitation(requestId);
  return (
    <Stack gap="xs">
      <StructurePicker
        label="Solliciter une autre structure"
        description="Elle reçoit le besoin par e-mail, avec son lien de réponse."
        excludedIds={solicitedIds}
        disabled={add.isPending}
        onPick={(structure) =>
          add.mutate(structure.id, {
            onSuccess: () =>
              notifications.show({
                color: 'green',
                message: `${structure.name} est sollicitée.`,
                closeButtonProps: { 'aria-label': 'Fermer le message' },
              }),
          })
        }
      />
      {add.error != null && (
        <Alert color="red" variant="outline" role="alert" title="Structure non ajoutée">
          <ProblemMessage error={add.error} />
        </Alert>
      )}
    </Stack>
  );
}

function emptyMessage(status: SolicitationsPanelProps['status'], facilitator: boolean): string {
  if (status === 'CLOSED')
    return 'Ce besoin a été clôturé sans qu’aucune structure soit sollicitée.';
  return facilitator
    ? 'Aucune structure n’est sollicitée : ajoutez-en ci-dessus.'
    : 'Aucune structure n’est sollicitée pour l’instant : l’équipe d’animation en cherche. Elle vous tiendra informé.';
}

function SolicitationList({ requestId, status, role }: SolicitationsPanelProps) {
  const solicitations = useRequestSolicitations(requestId);
  const kindLabel = useKindLabel();
  const [removing, setRemoving] = useState<SolicitationView | null>(null);
  const facilitator = role === 'facilitator';
  const canChange = facilitator && status === 'PUBLISHED';

  if (solicitations.error) {
    return (
      <ErrorAlert
        error={solicitations.error}
        title="Impossible de charger les structures sollicitées"
        onRetry={() => void solicitations.refetch()}
      />
    );
  }
  if (solicitations.isPending) {
    return (
      <Stack gap="xs" role="status" aria-label="Chargement des structures sollicitées">
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} height={80} />
        ))}
      </Stack>
    );
  }
  const list = solicitations.data;
  const solicitedIds = list.filter((s) => !s.removed).map((s) => s.structureId);

  return (
    <Stack gap="md">
      <CountsLine counts={solicitationCounts(list)} />
      {canChange && <AddStructure requestId={requestId} solicitedIds={solicitedIds} />}
      {list.length === 0 ? (
        <Text role="status">{emptyMessage(status, facilitator)}</Text>
      ) : (
        <Stack
          gap="sm"
          component="ul"
          aria-label="Structures sollicitées"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {list.map((solicitation) => (
            <Card key={solicitation.id} component="li" withBorder padding="md" radius="md">
              <SolicitationCard
                solicitation={solicitation}
                kindLabel={kindLabel}
                onRemove={canChange ? setRemoving : undefined}
              />
            </Card>
          ))}
        </Stack>
      )}
      {removing && (
        <RemoveDialog
          requestId={requestId}
          solicitation={removing}
          onClose={() => setRemoving(null)}
        />
      )}
    </Stack>
  );
}

/**
 * The request page's structures: before publishing, the facilitator's match preview (the buyer
 * is told what comes next); once published, every solicited structure with its answer, the
 * counts, and for facilitators the means to add and remove.
 */
export function SolicitationsPanel(props: SolicitationsPanelProps) {
  const { status, role, matchPreview } = props;
  let body: ReactNode;
  if (status === 'PUBLISHED' || status === 'CLOSED') {
    body = <SolicitationList {...props} />;
  } else if (role === 'facilitator' && matchPreview) {
    body = <MatchPreview {...matchPreview} />;
  } else {
    body = (
      <Text>
        Les structures seront sollicitées quand l’équipe d’animation publiera le besoin : elles
        recevront un e-mail et leurs réponses s’afficheront ici.
      </Text>
    );
  }
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="sollicitations-titre">
      <Stack gap="md">
        <Title order={2} size="h3" id="sollicitations-titre">
          Structures sollicitées
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}
