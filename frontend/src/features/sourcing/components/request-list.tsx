import { Anchor, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { PagedTable, type Column } from '@/components/paged-table';
import { paths } from '@/config/paths';
import { DEFAULT_PAGE_SIZE } from '@/hooks/use-paged-filter';
import {
  oneOfParam,
  pageParam,
  textParam,
  useUrlState,
  type ParamCodecs,
} from '@/hooks/use-url-state';
import { formatDate } from '@/lib/format';
import { toOptions } from '@/lib/labels';
import {
  useSourcingRequests,
  type SourcingRequestListParams,
  type SourcingRequestSummary,
} from '../api/get-sourcing-requests';
import {
  CHANNEL_LABELS,
  SORT_LABELS,
  STATUS_LABELS,
  type SourcingChannel,
  type SourcingRequestSort,
  type SourcingStatus,
} from '../utils/labels';
import { RequestCounts } from './request-counts';
import { StatusBadge } from './status-badge';

const STATUSES = Object.keys(STATUS_LABELS) as SourcingStatus[];
const CHANNELS = Object.keys(CHANNEL_LABELS) as SourcingChannel[];
const SORTS = Object.keys(SORT_LABELS) as SourcingRequestSort[];

interface ListState {
  statut: SourcingStatus | null;
  canal: SourcingChannel | null;
  q: string;
  tri: SourcingRequestSort | null;
  page: number;
}

const CODECS: ParamCodecs<ListState> = {
  statut: oneOfParam(STATUSES),
  canal: oneOfParam(CHANNELS),
  q: textParam,
  tri: oneOfParam(SORTS),
  page: pageParam,
};

/** "15/12/2026", and whether answers are still awaited. */
function Deadline({ request }: { request: SourcingRequestSummary }) {
  if (!request.responseDeadline) return <Text size="sm">—</Text>;
  return (
    <Text size="sm">
      {formatDate(request.responseDeadline)}
      {request.deadlinePassed && request.status === 'PUBLISHED' && ' (dépassée)'}
    </Text>
  );
}

function TitleCell({
  request,
  showBuyer,
}: {
  request: SourcingRequestSummary;
  showBuyer: boolean;
}) {
  return (
    <Stack gap={0}>
      <Anchor component={Link} to={paths.request(request.id)} fw={600}>
        {request.title}
      </Anchor>
      {showBuyer && (
        <Text size="sm" c="dimmed">
          {request.buyerOrganisationName}
        </Text>
      )}
    </Stack>
  );
}

interface RequestListProps {
  caption: string;
  /** Facilitators see every buyer's requests, and filter by channel. */
  facilitator: boolean;
  /** A list of one status (the queue to validate): no status filter. */
  fixedStatus?: SourcingStatus;
  emptyMessage: string;
  /** What to do when there is nothing at all (e.g. create a need). */
  emptyAction?: ReactNode;
  /** The order before one is chosen: the newest first, or the oldest (a queue). */
  defaultSort?: SourcingRequestSort;
}

/**
 * Requests with their status, answers and deadline: a table on wide screens, cards on a phone;
 * filters and page in the URL (shareable, kept on reload).
 */
export function RequestList({
  caption,
  facilitator,
  fixedStatus,
  emptyMessage,
  emptyAction,
  defaultSort = 'newest',
}: RequestListProps) {
  const [state, update] = useUrlState(CODECS);
  const [text, setText] = useState(state.q);
  const commitText = useDebouncedCallback((value: string) => {
    update({ q: value, page: 0 }, { replace: true });
  }, 300);
  const status = fixedStatus ?? state.statut;
  const sort = state.tri ?? defaultSort;
  const params: SourcingRequestListParams = {
    page: state.page,
    size: DEFAULT_PAGE_SIZE,
    sort,
    ...(status ? { status } : {}),
    ...(state.canal ? { channel: state.canal } : {}),
    ...(state.q ? { q: state.q } : {}),
  };
  const requests = useSourcingRequests(params);
  const filtered =
    (!fixedStatus && state.statut !== null) || state.canal !== null || state.q !== '';

  const columns: Column<SourcingRequestSummary>[] = [
    {
      header: 'Besoin',
      render: (request) => <TitleCell request={request} showBuyer={facilitator} />,
    },
    {
      header: 'Statut',
      render: (request) => <StatusBadge status={request.status} outcome={request.outcome} />,
    },
    ...(facilitator
      ? [
          {
            header: 'Canal',
            render: (request: SourcingRequestSummary) => CHANNEL_LABELS[request.channel],
          },
        ]
      : []),
    { header: 'Date limite', render: (request) => <Deadline request={request} /> },
    {
      header: 'Réponses',
      render: (request) => (
        <RequestCounts
          counts={request.counts}
          published={request.status === 'PUBLISHED' || request.status === 'CLOSED'}
        />
      ),
    },
  ];

  const clearFilters = () => {
    setText('');
    update({ statut: null, canal: null, q: '', page: 0 });
  };

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Rechercher"
          description="Titre, description ou acheteur"
          type="search"
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            commitText(event.currentTarget.value);
          }}
          w={{ base: '100%', xs: 280 }}
        />
        {!fixedStatus && (
          <Select
            label="Statut"
            placeholder="Tous"
            clearable
            data={toOptions(STATUS_LABELS)}
            value={state.statut}
            onChange={(value) => update({ statut: value, page: 0 })}
            w={{ base: '100%', xs: 180 }}
          />
        )}
        {facilitator && (
          <Select
            label="Canal"
            placeholder="Tous"
            clearable
            data={toOptions(CHANNEL_LABELS)}
            value={state.canal}
            onChange={(value) => update({ canal: value, page: 0 })}
            w={{ base: '100%', xs: 260 }}
          />
        )}
        <Select
          label="Trier par"
          allowDeselect={false}
          data={toOptions(SORT_LABELS)}
          value={sort}
          onChange={(value) => {
            const chosen = SORTS.find((candidate) => candidate === value) ?? defaultSort;
            update({ tri: chosen === defaultSort ? null : chosen, page: 0 });
          }}
          w={{ base: '100%', xs: 280 }}
        />
      </Group>
      <PagedTable
        caption={caption}
        columns={columns}
        rowKey={(request) => request.id}
        data={requests.data}
        isPending={requests.isPending}
        error={requests.error}
        onRetry={() => void requests.refetch()}
        emptyMessage={filtered ? 'Aucun besoin ne correspond à ces filtres.' : emptyMessage}
        emptyAction={
          filtered ? (
            <Button variant="outline" onClick={clearFilters}>
              Effacer les filtres
            </Button>
          ) : (
            emptyAction
          )
        }
        onPageChange={(page) => update({ page })}
      />
    </Stack>
  );
}
