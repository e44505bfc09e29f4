import { PagedTable, wholeList, type Column } from '@/components/paged-table';
import { weekLabel } from '../utils/iso-week';
import type { WeeklyPoint } from '../utils/indicator-series';
import { NEEDS, NEED_SHORT_LABELS, formatPct } from '../utils/labels';
import { describeObstacles } from '../utils/obstacles';

const count = (value: number | null) => (value === null ? '—' : value.toLocaleString('fr-FR'));

/** The figures of the charts, week by week (newest first): the charts' accessible alternative. */
export function IndicatorTable({ points }: { points: WeeklyPoint[] }) {
  const columns: Column<WeeklyPoint>[] = [
    { header: 'Semaine', render: (point) => weekLabel(point.week).replace(/^s/, 'S') },
    {
      header: 'Réponses',
      render: (point) =>
        point.suppressed
          ? 'Masqué (moins de 5 structures)'
          : `${count(point.structures)}${point.responseRatePct !== null ? ` (${formatPct(point.responseRatePct)} des ${count(point.activeStructures)} actives)` : ''}`,
    },
    {
      header: 'Activité médiane',
      render: (point) =>
        point.median === null
          ? '—'
          : `${formatPct(point.median)} (quartiles ${formatPct(point.q1)} – ${formatPct(point.q3)})`,
    },
    { header: 'Perte de CA moyenne', render: (point) => formatPct(point.meanRevenueLossPct) },
    {
      header: 'Activité partielle',
      render: (point) =>
        `${count(point.insertionShortTime)} sur ${count(point.insertionEmployees)} salariés`,
    },
    {
      header: 'Besoins déclarés',
      render: (point) =>
        NEEDS.map((need) => `${NEED_SHORT_LABELS[need]} ${formatPct(point.needs[need])}`).join(
          ' · ',
        ),
    },
    {
      header: 'Personnes suivies',
      render: (point) =>
        `${count(point.peopleFollowed)} : ${count(point.followedInPerson)} présentiel, ${count(point.followedByPhone)} téléphone, ${count(point.followedByVideo)} visio`,
    },
    { header: 'Obstacles au suivi', render: (point) => describeObstacles(point) },
  ];
  return (
    <PagedTable
      caption="Indicateurs semaine par semaine"
      columns={columns}
      rowKey={(point) => point.week}
      data={wholeList([...points].reverse())}
      isPending={false}
      error={null}
      onRetry={() => undefined}
      emptyMessage="Aucune réponse sur cette période."
      onPageChange={() => undefined}
      hideCount
    />
  );
}
