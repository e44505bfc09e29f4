import { Button, Text } from '@mantine/core';
import { PagedTable, wholeList, type Column } from '@/components/paged-table';
import type { ActivityIndicatorCell } from '../api/indicators';
import { NEEDS, NEED_SHORT_LABELS, formatPct } from '../utils/labels';

interface BreakdownTableProps {
  caption: string;
  /** The header of the first column ("Département", "Type de structure"). */
  header: string;
  cells: ActivityIndicatorCell[];
  /** How a cell's row is named ("93 — Seine-Saint-Denis", "EI"). */
  rowLabel: (cell: ActivityIndicatorCell) => string;
  /** Opens the structures behind a cell. */
  onDrillDown: (cell: ActivityIndicatorCell) => void;
  emptyMessage: string;
}

function mainNeeds(cell: ActivityIndicatorCell): string {
  const shares = (cell.needShares ?? []).filter((share) => share.sharePct > 0);
  if (shares.length === 0) return cell.structures ? 'Aucun' : '—';
  return NEEDS.flatMap((need) => {
    const share = shares.find((candidate) => candidate.need === need);
    return share ? [`${NEED_SHORT_LABELS[need]} ${formatPct(share.sharePct)}`] : [];
  }).join(' · ');
}

/** A week's indicators by department or by kind, each row opening its structures. */
export function BreakdownTable({
  caption,
  header,
  cells,
  rowLabel,
  onDrillDown,
  emptyMessage,
}: BreakdownTableProps) {
  const columns: Column<ActivityIndicatorCell>[] = [
    { header, render: (cell) => <Text fw={600}>{rowLabel(cell)}</Text> },
    {
      header: 'Réponses',
      render: (cell) =>
        cell.suppressed
          ? 'Masqué (moins de 5 structures)'
          : `${cell.structures ?? 0}${cell.responseRatePct != null ? ` (${formatPct(cell.responseRatePct)})` : ''}`,
    },
    {
      header: 'Activité médiane',
      render: (cell) => formatPct(cell.activityLevel?.median),
    },
    { header: 'Perte de CA', render: (cell) => formatPct(cell.meanRevenueLossPct) },
    {
      header: 'Activité partielle',
      render: (cell) => (cell.insertionShortTime ?? '—').toLocaleString('fr-FR'),
    },
    { header: 'Besoins', render: mainNeeds },
    {
      header: 'Structures',
      render: (cell) =>
        cell.structures ? (
          <Button
            size="xs"
            variant="outline"
            onClick={() => onDrillDown(cell)}
            aria-label={`Voir les ${cell.structures} structures : ${rowLabel(cell)}`}
          >
            Voir les structures
          </Button>
        ) : (
          <Text size="sm">Aucune réponse</Text>
        ),
    },
  ];
  return (
    <PagedTable
      caption={caption}
      columns={columns}
      rowKey={(cell) => `${cell.department ?? 'tous'}-${cell.kind ?? 'tous'}`}
      data={wholeList(cells)}
      isPending={false}
      error={null}
      onRetry={() => undefined}
      emptyMessage={emptyMessage}
      onPageChange={() => undefined}
      hideCount
    />
  );
}
