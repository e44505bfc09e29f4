import {
  Anchor,
  Button,
  Card,
  Group,
  Pagination,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  AssigneeFilterSelect,
  assigneeFilterParam,
  assigneeQuery,
  type AssigneeFilter,
} from '@/components/assignee-select';
import { ErrorAlert } from '@/components/error-alert';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { DEFAULT_PAGE_SIZE } from '@/hooks/use-paged-filter';
import {
  oneOfParam,
  pageParam,
  textParam,
  useUrlState,
  type ParamCodecs,
} from '@/hooks/use-url-state';
import { errorMessage } from '@/lib/api/problem';
import { useSession } from '@/lib/auth/use-session';
import { formatDate } from '@/lib/format';
import {
  useFollowUps,
  useUpdateFollowUp,
  type FollowUpParams,
  type FollowUpView,
} from '../api/follow-ups';
import { useDepartments } from '../api/structures';
import { FollowUpModal } from '../components/follow-up-modal';
import { FollowUpStatusBadge } from '../components/follow-up-status-badge';
import { NeedBadge } from '../components/need-badge';
import { weekLabel } from '../utils/iso-week';
import {
  FOLLOW_UP_STATUSES,
  FOLLOW_UP_STATUS_LABELS,
  NEEDS,
  NEED_SHORT_LABELS,
  departmentLabel,
  plural,
  type FollowUpStatus,
  type Need,
} from '../utils/labels';

const ALL = 'tous';
const STATUS_CHOICES = [...FOLLOW_UP_STATUSES, ALL] as const;

interface FollowUpState {
  statut: (typeof STATUS_CHOICES)[number] | null;
  besoin: Need | null;
  responsable: AssigneeFilter;
  departement: string;
  page: number;
}

const CODECS: ParamCodecs<FollowUpState> = {
  statut: oneOfParam(STATUS_CHOICES),
  besoin: oneOfParam(NEEDS),
  responsable: assigneeFilterParam,
  departement: textParam,
  page: pageParam,
};

const STATUS_FILTER_LABELS: Record<FollowUpStatus | typeof ALL, string> = {
  ...FOLLOW_UP_STATUS_LABELS,
  DONE: 'Terminés',
  [ALL]: 'Tous',
};

interface FollowUpCardProps {
  followUp: FollowUpView;
  meId: string;
  departmentName: (code: string | null | undefined) => string;
  onEdit: () => void;
  onAssignToMe: () => void;
  assigning: boolean;
}

function FollowUpCard({
  followUp,
  meId,
  departmentName,
  onEdit,
  onAssignToMe,
  assigning,
}: FollowUpCardProps) {
  const { action } = followUp;
  const mine = followUp.assigneeUserId === meId;
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Anchor
            component={Link}
            to={paths.structure(followUp.structureId)}
            fw={600}
            style={{ overflowWrap: 'anywhere' }}
          >
            {followUp.structureName}
          </Anchor>
          <Group gap={6}>
            <NeedBadge need={followUp.need} />
            <FollowUpStatusBadge status={followUp.status} />
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          Déclaré {weekLabel(followUp.week).replace(/^semaine/, 'en semaine')} ·{' '}
          {departmentName(followUp.department ?? undefined)}
        </Text>
        {followUp.needsText && (
          <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            « {followUp.needsText} »
          </Text>
        )}
        <Text size="sm">
          Suivi par : {mine ? 'vous' : (followUp.assigneeName ?? 'personne pour l’instant')}
          {followUp.updatedAt ? ` · mis à jour le ${formatDate(followUp.updatedAt)}` : ''}
        </Text>
        {followUp.note && (
          <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            <Text span c="dimmed">
              Note :{' '}
            </Text>
            {followUp.note}
          </Text>
        )}
        <Group gap="xs" mt={4}>
          {action.path ? (
            <Button component={Link} to={action.path} size="xs">
              {action.label}
            </Button>
          ) : (
            <Button component={Link} to={paths.structure(followUp.structureId)} size="xs">
              {action.label}
            </Button>
          )}
          {!mine && followUp.status !== 'DONE' && (
            <Button
              size="xs"
              variant="outline"
              onClick={onAssignToMe}
              loading={assigning}
              aria-label={`M’attribuer le suivi de ${followUp.structureName} (${NEED_SHORT_LABELS[followUp.need]})`}
            >
              M’attribuer
            </Button>
          )}
          <Button
            size="xs"
            variant="outline"
            onClick={onEdit}
            aria-label={`Modifier le suivi de ${followUp.structureName} (${NEED_SHORT_LABELS[followUp.need]})`}
          >
            Modifier le suivi
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * « Suivis des besoins »: the needs the structures declared in their survey, for the facilitators
 * to act on (order, sourcing invitation, financing diagnostic, call), assign and close. Filters
 * and page are in the URL.
 */
export function FollowUpsRoute() {
  const session = useSession();
  const me = { id: session?.user.id ?? '', name: session?.user.displayName ?? '' };
  const [state, update] = useUrlState(CODECS);
  const departments = useDepartments();
  const names = useMemo(
    () => new Map((departments.data ?? []).map((department) => [department.code, department.name])),
    [departments.data],
  );
  const departmentName = (code: string | null | undefined) =>
    code ? departmentLabel(code, names) : 'Département inconnu';
  const status = state.statut ?? 'OPEN';
  const params: FollowUpParams = {
    page: state.page,
    size: DEFAULT_PAGE_SIZE,
    ...(status !== ALL ? { status } : {}),
    ...(state.besoin ? { need: state.besoin } : {}),
    ...assigneeQuery(state.responsable),
    ...(state.departement ? { department: state.departement } : {}),
  };
  const followUps = useFollowUps(params);
  const assign = useUpdateFollowUp();
  const [editing, setEditing] = useState<FollowUpView | null>(null);
  const filtered = state.besoin !== null || state.responsable !== null || state.departement !== '';

  const assignToMe = (followUp: FollowUpView) =>
    assign.mutate(
      {
        followUp,
        body: {
          status: followUp.status === 'OPEN' ? 'IN_PROGRESS' : followUp.status,
          assigneeUserId: me.id,
          ...(followUp.note ? { note: followUp.note } : {}),
        },
      },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            title: 'Suivi attribué',
            message: `Vous suivez ${followUp.structureName} (${NEED_SHORT_LABELS[followUp.need].toLowerCase()}).`,
          }),
        onError: (error) => {
          void followUps.refetch();
          notifications.show({
            color: 'red',
            title: 'Attribution impossible',
            message: `${errorMessage(error)} La liste a été rechargée : réessayez.`,
          });
        },
      },
    );

  let body;
  if (followUps.error) {
    body = (
      <ErrorAlert
        error={followUps.error}
        title="Impossible de charger les suivis"
        onRetry={() => void followUps.refetch()}
        advice="Si le problème continue, rechargez la page un peu plus tard."
      />
    );
  } else if (followUps.isPending) {
    body = (
      <Stack gap="xs" role="status" aria-label="Chargement des suivis">
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} height={120} />
        ))}
      </Stack>
    );
  } else if (followUps.data.items.length === 0) {
    body = (
      <Stack gap="sm" align="flex-start">
        <Text role="status">
          {filtered
            ? 'Aucun suivi ne correspond à ces filtres.'
            : status === 'OPEN'
              ? 'Aucun besoin à traiter : les besoins que les structures déclarent dans le baromètre apparaîtront ici.'
              : 'Aucun suivi dans cet état.'}
        </Text>
        {filtered ? (
          <Button
            variant="outline"
            onClick={() => update({ besoin: null, responsable: null, departement: '', page: 0 })}
          >
            Effacer les filtres
          </Button>
        ) : (
          <Button component={Link} to={paths.barometerDashboard} variant="outline">
            Voir le tableau de bord
          </Button>
        )}
      </Stack>
    );
  } else {
    const { items, totalItems, size, page } = followUps.data;
    const totalPages = Math.max(1, Math.ceil(totalItems / Math.max(1, size)));
    body = (
      <Stack gap="sm">
        <Stack
          gap="sm"
          component="ul"
          aria-label="Suivis des besoins"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {items.map((followUp) => (
            <FollowUpCard
              key={followUp.id}
              followUp={followUp}
              meId={me.id}
              departmentName={departmentName}
              onEdit={() => setEditing(followUp)}
              onAssignToMe={() => assignToMe(followUp)}
              assigning={assign.isPending && assign.variables.followUp.id === followUp.id}
            />
          ))}
        </Stack>
        <Group justify="space-between" component="nav" aria-label="Pagination">
          <Text size="sm">{plural(totalItems, 'suivi')}</Text>
          {totalPages > 1 && (
            <Pagination
              total={totalPages}
              value={page + 1}
              onChange={(value) => update({ page: value - 1 })}
              getControlProps={(control) => ({
                'aria-label': {
                  first: 'Première page',
                  previous: 'Page précédente',
                  next: 'Page suivante',
                  last: 'Dernière page',
                }[control],
              })}
              getItemProps={(value) => ({ 'aria-label': `Page ${value}` })}
            />
          )}
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={1000}>
      <PageTitle title="Suivis des besoins" />
      <Stack gap={4}>
        <Title order={1}>Suivis des besoins</Title>
        <Text c="dimmed">
          Chaque besoin déclaré dans le baromètre ouvre un suivi : proposez une commande, une mise
          en relation avec des acheteurs, un diagnostic financier, ou appelez la structure.
        </Text>
      </Stack>
      <SegmentedControl
        aria-label="Statut"
        data={STATUS_CHOICES.map((value) => ({ value, label: STATUS_FILTER_LABELS[value] }))}
        value={status}
        onChange={(value) =>
          update({
            statut:
              value === 'OPEN' ? null : (STATUS_CHOICES.find((choice) => choice === value) ?? null),
            page: 0,
          })
        }
        fullWidth
        maw={520}
      />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label="Besoin"
          placeholder="Tous"
          clearable
          clearButtonProps={{ 'aria-label': 'Tous les besoins' }}
          data={NEEDS.map((value) => ({ value, label: NEED_SHORT_LABELS[value] }))}
          value={state.besoin}
          onChange={(value) =>
            update({ besoin: NEEDS.find((need) => need === value) ?? null, page: 0 })
          }
          w={{ base: '100%', xs: 200 }}
        />
        <AssigneeFilterSelect
          meId={me.id}
          value={state.responsable}
          onChange={(value) => update({ responsable: value, page: 0 })}
          w={{ base: '100%', xs: 220 }}
        />
        <Select
          label="Département"
          placeholder="Tous"
          searchable
          clearable
          clearButtonProps={{ 'aria-label': 'Tous les départements' }}
          nothingFoundMessage="Aucun département de ce nom"
          data={(departments.data ?? []).map((entry) => ({
            value: entry.code,
            label: `${entry.code} — ${entry.name}`,
          }))}
          value={state.departement || null}
          onChange={(value) => update({ departement: value ?? '', page: 0 })}
          w={{ base: '100%', xs: 260 }}
        />
      </Group>
      {body}
      <FollowUpModal
        followUp={editing}
        me={me}
        onClose={() => setEditing(null)}
        onReload={() => {
          setEditing(null);
          void followUps.refetch();
        }}
      />
    </Stack>
  );
}
