import {
  Alert,
  Button,
  Group,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { oneOfParam, textParam, useUrlState, type ParamCodecs } from '@/hooks/use-url-state';
import { errorMessage } from '@/lib/api/problem';
import { useSession } from '@/lib/auth/use-session';
import {
  useActivityIndicators,
  useExportIndicators,
  type ActivityIndicatorCell,
  type CellParams,
  type ExportFormat,
  type IndicatorParams,
} from '../api/indicators';
import { useDepartments } from '../api/structures';
import { BreakdownTable } from '../components/breakdown-table';
import { CellSurveysModal } from '../components/cell-surveys-modal';
import { IndicatorTable } from '../components/indicator-table';
import { NonRespondents } from '../components/non-respondents';
import {
  breakdownLevels,
  byDepartment,
  byKind,
  seriesLevel,
  weeklySeries,
  weeksOf,
} from '../utils/indicator-series';
import { addWeeks, isoWeekOf, weekLabel } from '../utils/iso-week';
import {
  KINDS,
  KIND_LABELS,
  WITHOUT_DEPARTMENT,
  departmentLabel,
  type StructureKind,
} from '../utils/labels';

/** The charts bring recharts (the largest library of the app): loaded when first shown. */
const IndicatorCharts = lazy(async () => ({
  default: (await import('../components/indicator-charts')).IndicatorCharts,
}));

const PERIODS = ['4', '12', '26', '52'] as const;
type Period = (typeof PERIODS)[number];
const VIEWS = ['graphiques', 'tableau'] as const;

interface DashboardState {
  semaines: Period | null;
  departement: string;
  type: StructureKind | null;
  vue: (typeof VIEWS)[number] | null;
  semaine: string;
}

const CODECS: ParamCodecs<DashboardState> = {
  semaines: oneOfParam(PERIODS),
  departement: textParam,
  type: oneOfParam(KINDS),
  vue: oneOfParam(VIEWS),
  semaine: textParam,
};

const PERIOD_LABELS: Record<Period, string> = {
  '4': '4 dernières semaines',
  '12': '12 dernières semaines',
  '26': '26 dernières semaines',
  '52': '52 dernières semaines',
};

/**
 * The facilitators' dashboard of the barometer: the weekly indicators of a period by department
 * and kind (charts, or the same figures as a table), a week's breakdown with the structures of
 * each cell, the structures that did not answer, and the export. Every filter is in the URL.
 */
export function DashboardRoute() {
  const [state, update] = useUrlState(CODECS);
  // Only facilitators enter a structure's answer (a phone survey); admins read.
  const canEnter = useSession()?.user.role === 'facilitator';
  const departments = useDepartments();
  const names = useMemo(
    () => new Map((departments.data ?? []).map((department) => [department.code, department.name])),
    [departments.data],
  );
  const period = state.semaines ?? '12';
  const to = isoWeekOf(new Date());
  const department = state.departement || null;
  const kind = state.type;
  const params: IndicatorParams = {
    from: addWeeks(to, 1 - Number(period)),
    to,
    ...(department ? { department } : {}),
    ...(kind ? { kind } : {}),
  };
  // The charts show one row week by week, the breakdowns one week: each asks for those rows only.
  const indicators = useActivityIndicators({
    ...params,
    level: [seriesLevel({ department, kind })],
  });
  const exporting = useExportIndicators();
  const [drill, setDrill] = useState<{
    cell: Omit<CellParams, 'page' | 'size'>;
    title: string;
  } | null>(null);

  const cells = indicators.data?.cells ?? [];
  const weeks = weeksOf(cells);
  const week = weeks.includes(state.semaine) ? state.semaine : (weeks[0] ?? to);
  const points = weeklySeries(cells, { department, kind });
  const answered = points.some((point) => (point.structures ?? 0) > 0);
  const levels = breakdownLevels({ department, kind });
  const breakdown = useActivityIndicators(
    answered && levels.length > 0
      ? {
          from: week,
          to: week,
          ...(department ? { department } : {}),
          ...(kind ? { kind } : {}),
          level: levels,
        }
      : null,
  );
  // another week's rows are not shown under this week's title while it loads
  const breakdownReady = breakdown.isSuccess && !breakdown.isPlaceholderData;
  const weekCells = breakdown.data?.cells ?? [];
  const filtered = department !== null || kind !== null || period !== '12';
  const departmentName = (code: string | null | undefined) => departmentLabel(code, names);

  const openCell = (cell: ActivityIndicatorCell) => {
    const where = [
      cell.department != null ? departmentName(cell.department) : null,
      cell.kind ?? null,
    ].filter(Boolean);
    setDrill({
      cell: {
        week: cell.week,
        ...(cell.department != null ? { department: cell.department } : {}),
        ...(cell.kind != null ? { kind: cell.kind } : {}),
      },
      title: `Structures ayant répondu, ${weekLabel(cell.week)}${where.length ? ` — ${where.join(', ')}` : ''}`,
    });
  };

  const exportAs = (format: ExportFormat) =>
    exporting.mutate(
      { format, params },
      {
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: 'Export impossible',
            message: `${errorMessage(error)} Réessayez dans un moment.`,
          }),
      },
    );

  const departmentOptions = [
    ...(departments.data ?? []).map((entry) => ({
      value: entry.code,
      label: `${entry.code} — ${entry.name}`,
    })),
    { value: WITHOUT_DEPARTMENT, label: 'Sans département' },
  ];

  let body;
  if (indicators.error) {
    body = (
      <ErrorAlert
        error={indicators.error}
        title="Impossible de charger les indicateurs"
        onRetry={() => void indicators.refetch()}
        advice="Si le problème continue, raccourcissez la période ou réessayez dans quelques minutes."
      />
    );
  } else if (indicators.isPending) {
    body = (
      <Stack gap="sm" role="status" aria-label="Chargement des indicateurs">
        <Skeleton height={240} />
        <Skeleton height={240} />
      </Stack>
    );
  } else if (!answered) {
    body = (
      <Stack gap="sm" align="flex-start">
        <Text role="status">
          Aucune réponse sur cette période{filtered ? ' avec ces filtres' : ''} : les indicateurs
          apparaîtront dès les premières réponses.
        </Text>
        {filtered && (
          <Button
            variant="outline"
            onClick={() => update({ semaines: null, departement: '', type: null })}
          >
            Effacer les filtres
          </Button>
        )}
      </Stack>
    );
  } else if (state.vue === 'tableau') {
    body = <IndicatorTable points={points} />;
  } else {
    body = (
      <Suspense
        fallback={
          <Stack gap="sm" role="status" aria-label="Chargement des graphiques">
            <Skeleton height={240} />
          </Stack>
        }
      >
        <IndicatorCharts points={points} withResponseRate={kind === null} />
      </Suspense>
    );
  }

  return (
    <Stack gap="lg">
      <PageTitle title="Baromètre — tableau de bord" />
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Title order={1}>Baromètre</Title>
          <Text c="dimmed">
            Les réponses des structures semaine par semaine, par département et par type.
          </Text>
        </Stack>
        <Group gap="xs">
          {canEnter && (
            <Button component={Link} to={paths.surveyEntry} variant="outline">
              Saisir une réponse (téléphone)
            </Button>
          )}
          <Button component={Link} to={paths.barometerFollowUps} variant="outline">
            Suivis des besoins
          </Button>
        </Group>
      </Group>

      <Group gap="sm" align="flex-end" wrap="wrap" component="section" aria-label="Filtres">
        <Select
          label="Période"
          allowDeselect={false}
          data={PERIODS.map((value) => ({ value, label: PERIOD_LABELS[value] }))}
          value={period}
          onChange={(value) =>
            update({ semaines: PERIODS.find((candidate) => candidate === value) ?? null })
          }
          w={{ base: '100%', xs: 220 }}
        />
        <Select
          label="Département"
          placeholder="Tous"
          searchable
          clearable
          clearButtonProps={{ 'aria-label': 'Tous les départements' }}
          nothingFoundMessage="Aucun département de ce nom"
          data={departmentOptions}
          value={department}
          onChange={(value) => update({ departement: value ?? '' })}
          w={{ base: '100%', xs: 260 }}
        />
        <Select
          label="Type de structure"
          placeholder="Tous"
          clearable
          clearButtonProps={{ 'aria-label': 'Tous les types' }}
          data={KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
          value={kind}
          onChange={(value) =>
            update({ type: KINDS.find((candidate) => candidate === value) ?? null })
          }
          w={{ base: '100%', xs: 300 }}
          comboboxProps={{ width: 'target' }}
        />
      </Group>

      <Group justify="space-between" gap="sm">
        <SegmentedControl
          aria-label="Affichage"
          data={[
            { value: 'graphiques', label: 'Graphiques' },
            { value: 'tableau', label: 'Tableau' },
          ]}
          value={state.vue ?? 'graphiques'}
          onChange={(value) =>
            update({ vue: value === 'tableau' ? 'tableau' : null }, { replace: true })
          }
        />
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => exportAs('csv')}
            loading={exporting.isPending && exporting.variables.format === 'csv'}
          >
            Exporter en CSV
          </Button>
          <Button
            variant="default"
            onClick={() => exportAs('xlsx')}
            loading={exporting.isPending && exporting.variables.format === 'xlsx'}
          >
            Exporter en Excel (XLSX)
          </Button>
        </Group>
      </Group>

      <Stack gap="sm" component="section" aria-labelledby="indicateurs-semaines">
        <Title order={2} size="h3" id="indicateurs-semaines">
          {department ? departmentName(department) : 'Tous départements'}
          {kind ? ` · ${kind}` : ''} — {PERIOD_LABELS[period]}
        </Title>
        {indicators.data?.suppressed && (
          <Alert color="gray" variant="outline" title="Petites cases masquées">
            Les cases de moins de 5 structures sont masquées.
          </Alert>
        )}
        {body}
      </Stack>

      {answered && (
        <Stack gap="sm" component="section" aria-labelledby="detail-semaine">
          <Group justify="space-between" align="flex-end" gap="sm">
            <Title order={2} size="h3" id="detail-semaine">
              Détail de la semaine
            </Title>
            <Select
              label="Semaine"
              allowDeselect={false}
              data={weeks.map((value) => ({ value, label: weekLabel(value) }))}
              value={week}
              onChange={(value) => update({ semaine: value ?? '' }, { replace: true })}
              w={{ base: '100%', xs: 340 }}
            />
          </Group>
          {levels.length > 0 && breakdown.error && (
            <ErrorAlert
              error={breakdown.error}
              title="Impossible de charger le détail de la semaine"
              onRetry={() => void breakdown.refetch()}
              advice="Réessayez dans un moment, ou choisissez une autre semaine."
            />
          )}
          {levels.length > 0 && !breakdown.error && !breakdownReady && (
            <Stack gap="sm" role="status" aria-label="Chargement du détail de la semaine">
              <Skeleton height={160} />
            </Stack>
          )}
          {department === null && breakdownReady && (
            <BreakdownTable
              caption={`Par département, ${weekLabel(week)}`}
              header="Département"
              cells={byDepartment(weekCells, week, kind)}
              rowLabel={(cell) => departmentName(cell.department)}
              onDrillDown={openCell}
              emptyMessage="Aucune réponse cette semaine."
            />
          )}
          {kind === null && breakdownReady && (
            <BreakdownTable
              caption={`Par type de structure, ${weekLabel(week)}`}
              header="Type de structure"
              cells={byKind(weekCells, week, department)}
              rowLabel={(cell) => cell.kind ?? 'Tous types'}
              onDrillDown={openCell}
              emptyMessage="Aucune réponse cette semaine."
            />
          )}
          {department !== null && kind !== null && (
            <Group>
              <Button
                variant="outline"
                onClick={() => {
                  const cell = cells.find(
                    (candidate) =>
                      candidate.week === week &&
                      candidate.department === department &&
                      candidate.kind === kind,
                  );
                  if (cell) openCell(cell);
                }}
              >
                Voir les structures qui ont répondu
              </Button>
            </Group>
          )}
        </Stack>
      )}

      <NonRespondents
        key={`${week}-${department ?? ''}-${kind ?? ''}`}
        week={week}
        department={department}
        kind={kind}
        departmentName={departmentName}
        canEnter={canEnter}
      />

      <CellSurveysModal
        key={drill ? JSON.stringify(drill.cell) : 'fermé'}
        cell={drill?.cell ?? null}
        title={drill?.title ?? ''}
        onClose={() => setDrill(null)}
      />
    </Stack>
  );
}
