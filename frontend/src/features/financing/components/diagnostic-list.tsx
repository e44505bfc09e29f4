import { Anchor, Button, Group, MultiSelect, Select, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import {
  AssigneeFilterSelect,
  assigneeFilterParam,
  assigneeQuery,
  type AssigneeFilter,
} from '@/components/assignee-select';
import { PagedTable, type Column } from '@/components/paged-table';
import { DEFAULT_PAGE_SIZE } from '@/hooks/use-paged-filter';
import {
  pageParam,
  someOfParam,
  textParam,
  useUrlState,
  type ParamCodecs,
} from '@/hooks/use-url-state';
import { useSession } from '@/lib/auth/use-session';
import { toOptions } from '@/lib/labels';
import {
  useDiagnostics,
  type DiagnosticListParams,
  type DiagnosticSummary,
} from '../api/get-diagnostics';
import { useDepartmentLabel, useDepartments } from '../api/references';
import { formatDate, formatDay } from '../utils/format';
import {
  RISK_FILTER_LABELS,
  RISK_LEVELS,
  STATUS_LABELS,
  type DiagnosticStatus,
  type RiskLevel,
} from '../utils/labels';
import { DiagnosticStatusBadge, RiskBadge } from './status-badge';

const STATUSES = Object.keys(STATUS_LABELS) as DiagnosticStatus[];

interface ListState {
  statut: DiagnosticStatus[];
  risque: RiskLevel[];
  departement: string;
  suivi: AssigneeFilter;
  page: number;
}

const CODECS: ParamCodecs<ListState> = {
  statut: someOfParam(STATUSES),
  risque: someOfParam(RISK_LEVELS),
  departement: textParam,
  suivi: assigneeFilterParam,
  page: pageParam,
};

interface DiagnosticListProps {
  caption: string;
  /** Facilitators filter by status, risk, department and who handles it. */
  withFilters: boolean;
  pathOf: (id: string) => string;
  emptyMessage: string;
  emptyAction?: ReactNode;
}

/**
 * Diagnostics with their status and risk: a table on wide screens, cards on a phone; the
 * filters and the page in the URL (shareable, kept on reload).
 */
export function DiagnosticList({
  caption,
  withFilters,
  pathOf,
  emptyMessage,
  emptyAction,
}: DiagnosticListProps) {
  const [state, update] = useUrlState(CODECS);
  const meId = useSession()?.user.id ?? '';
  const departments = useDepartments();
  const departmentLabel = useDepartmentLabel();
  const params: DiagnosticListParams = {
    page: state.page,
    size: DEFAULT_PAGE_SIZE,
    ...(state.statut.length > 0 ? { status: state.statut } : {}),
    ...(state.risque.length > 0 ? { riskLevel: state.risque } : {}),
    ...(state.departement ? { department: state.departement } : {}),
    ...assigneeQuery(state.suivi),
  };
  const diagnostics = useDiagnostics(params);
  const filtered =
    state.statut.length > 0 ||
    state.risque.length > 0 ||
    state.departement !== '' ||
    state.suivi !== null;

  const columns: Column<DiagnosticSummary>[] = [
    {
      header: 'Structure',
      render: (item) => (
        <Stack gap={0}>
          <Anchor component={Link} to={pathOf(item.id)} fw={600}>
            {item.structureName}
          </Anchor>
          {item.department && (
            <Text size="sm" c="dimmed">
              {departmentLabel(item.department)}
            </Text>
          )}
        </Stack>
      ),
    },
    { header: 'Statut', render: (item) => <DiagnosticStatusBadge status={item.status} /> },
    { header: 'Risque', render: (item) => <RiskBadge level={item.riskLevel} /> },
    ...(withFilters
      ? [
          {
            header: 'Suivi par',
            render: (item: DiagnosticSummary) => (
              <Text size="sm">{item.assigneeName ?? 'Personne'}</Text>
            ),
          },
          {
            header: 'Prochain point',
            render: (item: DiagnosticSummary) => (
              <Text size="sm">{item.followUpDate ? formatDay(item.followUpDate) : '—'}</Text>
            ),
          },
        ]
      : []),
    {
      header: 'Mis à jour',
      render: (item) => <Text size="sm">{formatDate(item.updatedAt)}</Text>,
    },
  ];

  const clearFilters = () =>
    update({ statut: [], risque: [], departement: '', suivi: null, page: 0 });

  return (
    <Stack gap="md">
      {withFilters && (
        <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label="Filtres">
          <MultiSelect
            label="Statut"
            placeholder={state.statut.length === 0 ? 'Tous' : undefined}
            clearable
            data={toOptions(STATUS_LABELS)}
            value={state.statut}
            onChange={(values) =>
              update({ statut: STATUSES.filter((status) => values.includes(status)), page: 0 })
            }
            w={{ base: '100%', xs: 280 }}
          />
          <MultiSelect
            label="Niveau de risque"
            placeholder={state.risque.length === 0 ? 'Tous' : undefined}
            clearable
            data={toOptions(RISK_FILTER_LABELS)}
            value={state.risque}
            onChange={(values) =>
              update({ risque: RISK_LEVELS.filter((level) => values.includes(level)), page: 0 })
            }
            w={{ base: '100%', xs: 280 }}
          />
          <Select
            label="Département"
            placeholder="Tous"
            searchable
            clearable
            data={(departments.data ?? []).map((department) => ({
              value: department.code,
              label: `${department.name} (${department.code})`,
            }))}
            nothingFoundMessage="Aucun département de ce nom"
            value={state.departement || null}
            onChange={(value) => update({ departement: value ?? '', page: 0 })}
            w={{ base: '100%', xs: 240 }}
          />
          <AssigneeFilterSelect
            meId={meId}
            mineLabel="Mes diagnostics"
            value={state.suivi}
            onChange={(value) => update({ suivi: value, page: 0 })}
            w={{ base: '100%', xs: 220 }}
          />
        </Group>
      )}
      <PagedTable
        caption={caption}
        columns={columns}
        rowKey={(item) => item.id}
        data={diagnostics.data}
        isPending={diagnostics.isPending}
        error={diagnostics.error}
        onRetry={() => void diagnostics.refetch()}
        errorAdvice="Si le problème continue, rechargez la page un peu plus tard."
        emptyMessage={filtered ? 'Aucun diagnostic ne correspond à ces filtres.' : emptyMessage}
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
