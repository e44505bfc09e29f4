import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api/problem';
import type { Tagged } from '@/lib/api/client';
import type { Role } from '@/lib/api/types';
import { useSession } from '@/lib/auth/use-session';
import { formatDate, formatDateTime, formatEuros } from '@/lib/format';
import { useChangeSourcingRequest } from '../api/change-sourcing-request';
import { sourcingMatchesQueryKey, useSourcingMatches } from '../api/get-sourcing-matches';
import {
  sourcingRequestQueryKey,
  useSourcingRequest,
  type SourcingRequestView,
} from '../api/get-sourcing-request';
import { useRequestSolicitations } from '../api/request-solicitations';
import { useSaveSourcingRequest } from '../api/save-sourcing-request';
import { AttachmentsPanel } from '../components/attachments-panel';
import { CloseRequestDialog } from '../components/close-request-dialog';
import { useDirectoryTools, type SourcingReferences } from '../components/directory-tools';
import { ExtendDeadlineDialog } from '../components/extend-deadline-dialog';
import { describeCounts } from '../components/request-counts';
import type { MatchSelection } from '../components/match-preview';
import { ReturnRequestDialog } from '../components/return-request-dialog';
import { SolicitationsPanel } from '../components/solicitations-panel';
import { StatusBadge } from '../components/status-badge';
import { TargetedStructures } from '../components/targeted-structures';
import { CHANNEL_LABELS, OUTCOME_LABELS, plural } from '../utils/labels';
import { toRequestInput, valuesFromRequest } from '../utils/request-form-values';
import { maySubmit } from '../utils/request-permissions';
import { DetailField, DetailSection } from '@/components/detail-section';

/** "Montreuil (93), 20 km autour" or the departments' names. */
export function describePlace(request: SourcingRequestView, references: SourcingReferences) {
  const place =
    request.lat != null && request.lon != null
      ? `${request.placeLabel ?? 'Point choisi'}, ${request.radiusKm ?? '?'} km autour`
      : request.departments
          .map((code) => `${references.departmentName(code)} (${code})`)
          .join(', ') || 'Non précisé';
  return request.includeNationwide
    ? `${place} ; et les structures qui interviennent dans toute la France`
    : place;
}

function describeAmount(request: SourcingRequestView): string {
  const { amountMin, amountMax } = request;
  if (amountMin != null && amountMax != null) {
    return amountMin === amountMax
      ? formatEuros(amountMin)
      : `de ${formatEuros(amountMin)} à ${formatEuros(amountMax)}`;
  }
  if (amountMin != null) return `à partir de ${formatEuros(amountMin)}`;
  if (amountMax != null) return `jusqu’à ${formatEuros(amountMax)}`;
  return 'Non précisé';
}

function RequestTimeline({ request }: { request: SourcingRequestView }) {
  const steps: { title: string; at: string | null | undefined; detail?: string }[] = [
    { title: 'Créé', at: request.createdAt, detail: `par ${request.authorName}` },
    { title: 'Envoyé pour validation', at: request.submittedAt },
    { title: 'Publié aux structures', at: request.publishedAt },
    {
      title: request.outcome ? `Clôturé : ${OUTCOME_LABELS[request.outcome]}` : 'Clôturé',
      at: request.closedAt,
    },
  ];
  // A closed request's history is only what happened (a draft cancelled skips the middle).
  const shown = request.status === 'CLOSED' ? steps.filter((step) => step.at) : steps;
  const reached = shown.filter((step) => step.at).length;
  return (
    <Timeline active={reached - 1} bulletSize={18} lineWidth={2}>
      {shown.map((step) => (
        <Timeline.Item key={step.title} title={step.title}>
          <Text size="sm" c="dimmed">
            {step.at ? formatDateTime(step.at) : 'À venir'}
            {step.at && step.detail ? ` ${step.detail}` : ''}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

type Dialog = 'close' | 'return' | 'extend' | 'publish' | null;

/** « Clôturer »: the interested structures come first among those to award it to. */
function CloseDialog({ request, onClose }: { request: SourcingRequestView; onClose: () => void }) {
  const solicitations = useRequestSolicitations(request.id, request.status === 'PUBLISHED');
  const suggestions = (solicitations.data ?? [])
    .filter((solicitation) => solicitation.status === 'INTERESTED' && !solicitation.removed)
    .map((solicitation) => ({ id: solicitation.structureId, name: solicitation.name }));
  return <CloseRequestDialog request={request} suggestions={suggestions} onClose={onClose} />;
}

interface ActionsProps {
  request: SourcingRequestView;
  facilitator: boolean;
  /** Whether the reader sends this draft for validation (its buyer, or the facilitator who wrote it). */
  submitter: boolean;
  onOpen: (dialog: Dialog) => void;
}

/** What the reader may do now, by role and status (the server checks it again). */
function RequestActions({ request, facilitator, submitter, onOpen }: ActionsProps) {
  const change = useChangeSourcingRequest();
  const { status } = request;
  const submit = () => {
    change.mutate(
      { action: 'submit', id: request.id },
      {
        onSuccess: () =>
          notifications.show({ color: 'green', message: 'Besoin envoyé pour validation.' }),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: 'Le besoin n’a pas été envoyé',
            message: `${errorMessage(error)} Modifiez le besoin pour le compléter.`,
          }),
      },
    );
  };
  return (
    <Group gap="sm">
      {status === 'DRAFT' && (
        <>
          <Button component={Link} to={paths.requestEdit(request.id)} variant="outline">
            Modifier
          </Button>
          {submitter ? (
            <Button onClick={submit} loading={change.isPending}>
              Envoyer pour validation
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              L’acheteur l’enverra pour validation une fois complété.
            </Text>
          )}
        </>
      )}
      {status === 'SUBMITTED' && facilitator && (
        <>
          <Button onClick={() => onOpen('publish')}>Publier</Button>
          <Button variant="outline" onClick={() => onOpen('return')}>
            Renvoyer au demandeur
          </Button>
        </>
      )}
      {status === 'PUBLISHED' && (
        <Button variant="outline" onClick={() => onOpen('extend')}>
          Prolonger la date limite
        </Button>
      )}
      {status !== 'CLOSED' && (
        <Button variant="default" onClick={() => onOpen('close')}>
          Clôturer
        </Button>
      )}
    </Group>
  );
}

function PublishDialog({
  request,
  onClose,
}: {
  request: SourcingRequestView;
  onClose: () => void;
}) {
  const change = useChangeSourcingRequest();
  return (
    <ConfirmDialog
      title="Publier le besoin"
      confirmLabel="Publier"
      submitting={change.isPending}
      error={change.error}
      onClose={onClose}
      onConfirm={() =>
        change.mutate(
          { action: 'publish', id: request.id },
          {
            onSuccess: () => {
              notifications.show({
                color: 'green',
                message: 'Besoin publié : les structures sollicitées sont prévenues par e-mail.',
              });
              onClose();
            },
          },
        )
      }
    >
      Les structures qui correspondent au besoin, et celles qu’il cible, seront sollicitées par
      e-mail jusqu’à la date limite ({formatDate(request.responseDeadline)}).
    </ConfirmDialog>
  );
}

/**
 * The request's structures. Before publishing, a facilitator previews the ranked matches and
 * sets some aside or adds others: each change saves the request's two lists (with If-Match).
 */
function RequestSolicitations({
  request,
  role = 'buyer',
}: {
  request: Tagged<SourcingRequestView>;
  role: Role | undefined;
}) {
  const { data: detail, etag } = request;
  const queryClient = useQueryClient();
  const save = useSaveSourcingRequest();
  const editable = detail.status === 'DRAFT' || detail.status === 'SUBMITTED';
  const previewed = role === 'facilitator' && editable;
  const matches = useSourcingMatches(detail.id, previewed);

  const onChange = (selection: MatchSelection) => {
    save.mutate(
      {
        saved: { id: detail.id, etag },
        // The whole request goes back (a PUT), with only its two lists changed.
        body: toRequestInput({ ...valuesFromRequest(detail), ...selection }),
      },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: sourcingRequestQueryKey(detail.id) });
          void queryClient.invalidateQueries({ queryKey: sourcingMatchesQueryKey(detail.id) });
        },
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: 'La liste des structures n’a pas été enregistrée',
            message: `${errorMessage(error)} Rechargez la page puis recommencez.`,
          }),
      },
    );
  };

  return (
    <SolicitationsPanel
      requestId={detail.id}
      status={detail.status}
      role={role}
      matchPreview={
        previewed
          ? {
              candidates: matches.data?.items,
              error: matches.error,
              onRetry: () => void matches.refetch(),
              targetStructureIds: detail.targetStructureIds,
              excludedStructureIds: detail.excludedStructureIds,
              onChange,
              saving: save.isPending,
              editable,
            }
          : undefined
      }
    />
  );
}

/** The request's page: every field in French, its files, its history and what to do next. */
export function RequestDetailRoute() {
  const { id = '' } = useParams();
  const request = useSourcingRequest(id);
  const references = useDirectoryTools().useReferences();
  const session = useSession();
  const facilitator = session?.user.role === 'facilitator';
  const [dialog, setDialog] = useState<Dialog>(null);

  if (request.isPending) return <PageLoader label="Chargement du besoin…" />;
  if (request.error) {
    return (
      <Stack gap="lg">
        <PageTitle title="Besoin" />
        <Title order={1}>Besoin</Title>
        <ErrorAlert
          error={request.error}
          title="Impossible de charger le besoin"
          onRetry={() => void request.refetch()}
        />
        <Anchor component={Link} to={paths.requests}>
          Retour à la liste des besoins
        </Anchor>
      </Stack>
    );
  }
  const detail = request.data.data;
  const close = () => setDialog(null);
  const published = detail.status === 'PUBLISHED' || detail.status === 'CLOSED';

  return (
    <Stack gap="lg">
      <PageTitle title={detail.title} />
      <Anchor component={Link} to={paths.requests} size="sm">
        ← {facilitator ? 'Tous les besoins' : 'Mes besoins'}
      </Anchor>
      <Stack gap="xs">
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {detail.title}
        </Title>
        <Group gap="xs">
          <StatusBadge status={detail.status} outcome={detail.outcome} />
          <Badge variant="outline" tt="none" color="gray.8">
            {CHANNEL_LABELS[detail.channel]}
          </Badge>
          {detail.deadlinePassed && detail.status === 'PUBLISHED' && (
            <Badge variant="light" color="orange" tt="none" c="var(--mantine-color-text)">
              Date limite dépassée : enregistrez l’issue
            </Badge>
          )}
        </Group>
      </Stack>

      {detail.status === 'DRAFT' && detail.returnReason && (
        <Alert color="orange" variant="outline" title="Renvoyé par l’animateur">
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {detail.returnReason}
          </Text>
          <Text size="sm" mt="xs">
            Modifiez le besoin puis envoyez-le de nouveau pour validation.
          </Text>
        </Alert>
      )}
      {detail.status === 'SUBMITTED' && !facilitator && (
        <Alert variant="light" title="En attente de validation">
          <Text size="sm">
            Un animateur du réseau relit votre besoin avant de le publier aux structures.
          </Text>
        </Alert>
      )}

      <RequestActions
        request={detail}
        facilitator={facilitator}
        submitter={maySubmit(detail, session?.user)}
        onOpen={setDialog}
      />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg" miw={0}>
            <DetailSection title="Le besoin">
              <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {detail.description || 'Pas de description.'}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
                <DetailField label="Acheteur">{detail.buyerOrganisationName}</DetailField>
                <DetailField label="Rédigé par">{detail.authorName}</DetailField>
                <DetailField label="Lieu d’exécution">
                  {describePlace(detail, references)}
                </DetailField>
                <DetailField label="Secteurs">
                  {detail.sectors.map(references.sectorName).join(', ') || 'Non précisé'}
                </DetailField>
                <DetailField label="Types de prestation">
                  {detail.prestaTypes.map(references.prestaTypeLabel).join(', ') || 'Tous'}
                </DetailField>
                <DetailField label="Types de structure">
                  {detail.kinds.map(references.kindLabel).join(', ') || 'Toutes'}
                </DetailField>
                <DetailField label="Montant (HT)">{describeAmount(detail)}</DetailField>
                <DetailField label="Clause sociale">
                  {detail.socialClause ? 'Oui' : 'Non'}
                </DetailField>
                <DetailField label="Date limite de réponse">
                  {detail.responseDeadline
                    ? `${formatDate(detail.responseDeadline)} à 23 h 59`
                    : 'Non précisée'}
                </DetailField>
                <DetailField label="Début souhaité">{formatDate(detail.startDate)}</DetailField>
              </SimpleGrid>
              {detail.targetStructureIds.length > 0 && (
                <TargetedStructures ids={detail.targetStructureIds} />
              )}
            </DetailSection>

            <DetailSection title="Pièces jointes">
              <AttachmentsPanel
                requestId={detail.id}
                attachments={detail.attachments}
                editable={false}
              />
            </DetailSection>

            {detail.awards.length > 0 && (
              <DetailSection title="Attribution">
                <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                  {detail.awards.map((award) => (
                    <Text component="li" key={award.structureId}>
                      {award.structureName} : {formatEuros(award.amount)}
                    </Text>
                  ))}
                </Stack>
              </DetailSection>
            )}

            <RequestSolicitations request={request.data} role={session?.user.role} />
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg" miw={0}>
            <DetailSection title="Réponses">
              <Text>{describeCounts(detail.counts, published)}</Text>
              {detail.counts.unreachable > 0 && facilitator && (
                <Text size="sm">
                  {plural(detail.counts.unreachable, 'structure')} sans e-mail : à appeler.
                </Text>
              )}
            </DetailSection>
            <DetailSection title="Historique">
              <RequestTimeline request={detail} />
            </DetailSection>
          </Stack>
        </Grid.Col>
      </Grid>

      {dialog === 'close' && <CloseDialog request={detail} onClose={close} />}
      {dialog === 'return' && <ReturnRequestDialog request={detail} onClose={close} />}
      {dialog === 'extend' && <ExtendDeadlineDialog request={detail} onClose={close} />}
      {dialog === 'publish' && <PublishDialog request={detail} onClose={close} />}
    </Stack>
  );
}
