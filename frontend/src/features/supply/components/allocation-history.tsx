import { Button, Text } from '@mantine/core';
import { PagedTable, type Column } from '@/components/paged-table';
import { usePagedFilter } from '@/hooks/use-paged-filter';
import { formatDateTime } from '@/lib/format';
import { useAllocationRuns, type AllocationRunSummary } from '../api/allocation-runs';
import { formatUnits } from '../utils/stock-labels';
import { AllocationRunBadge } from './allocation-run-badge';

interface AllocationHistoryProps {
  /** The run shown above, if any: its row says so instead of offering to show it. */
  shownId: string | null;
  onShow: (id: string) => void;
}

/** Past runs, newest first: proposals (applied or not) and runs applied at once. */
export function AllocationHistory({ shownId, onShow }: AllocationHistoryProps) {
  const { setPage, params } = usePagedFilter(10);
  const runs = useAllocationRuns({ page: params.page, size: params.size });

  const columns: Column<AllocationRunSummary>[] = [
    { header: 'Date', render: (run) => formatDateTime(run.createdAt) },
    { header: 'Statut', render: (run) => <AllocationRunBadge status={run.status} /> },
    {
      header: 'Unités attribuées',
      render: (run) => `${formatUnits(run.allocated)} sur ${formatUnits(run.available)}`,
    },
    { header: 'Produits', render: (run) => formatUnits(run.productCount) },
    { header: 'Par', render: (run) => run.createdByName ?? '—' },
    {
      header: 'Détail',
      render: (run) =>
        run.id === shownId ? (
          <Text size="sm" c="dimmed">
            Affichée ci-dessus
          </Text>
        ) : (
          <Button
            size="xs"
            variant="default"
            onClick={() => onShow(run.id)}
            aria-label={`Voir la répartition du ${formatDateTime(run.createdAt)}`}
          >
            Voir
          </Button>
        ),
    },
  ];

  return (
    <PagedTable
      caption="Répartitions précédentes"
      columns={columns}
      rowKey={(run) => run.id}
      data={runs.data}
      isPending={runs.isPending}
      error={runs.error}
      onRetry={() => void runs.refetch()}
      emptyMessage="Aucune répartition pour l’instant."
      onPageChange={setPage}
    />
  );
}
