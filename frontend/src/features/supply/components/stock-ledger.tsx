import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { PagedTable, type Column } from '@/components/paged-table';
import { paths } from '@/config/paths';
import { DEFAULT_PAGE_SIZE } from '@/hooks/use-paged-filter';
import { formatDateTime } from '@/lib/format';
import { useStockMovements, type StockMovementView } from '../api/get-stock-movements';
import {
  formatSignedUnits,
  formatUnits,
  MOVEMENT_REASON_COLORS,
  MOVEMENT_REASON_LABELS,
  MOVEMENT_REASON_TOTALS,
} from '../utils/stock-labels';

const columns: Column<StockMovementView>[] = [
  { header: 'Date', render: (movement) => formatDateTime(movement.createdAt) },
  {
    header: 'Mouvement',
    render: (movement) => (
      <Badge
        variant="light"
        color={MOVEMENT_REASON_COLORS[movement.reason]}
        tt="none"
        c="var(--mantine-color-text)"
      >
        {MOVEMENT_REASON_LABELS[movement.reason]}
      </Badge>
    ),
  },
  {
    header: 'Quantité',
    render: (movement) => (
      <Text size="sm">
        <Text span fw={600}>
          {formatSignedUnits(movement.quantity)}
        </Text>{' '}
        <Text span c="dimmed" size="xs">
          {MOVEMENT_REASON_TOTALS[movement.reason]}
        </Text>
      </Text>
    ),
  },
  {
    header: 'Après : en stock / réservé / disponible',
    render: (movement) =>
      `${formatUnits(movement.onHandAfter)} / ${formatUnits(movement.reservedAfter)} / ${formatUnits(movement.availableAfter)}`,
  },
  {
    header: 'Commande',
    render: (movement) =>
      // A run reserves for many orders in one movement: its page lists them.
      movement.allocationRunId ? (
        <Anchor component={Link} to={paths.allocationRun(movement.allocationRunId)} size="sm">
          Voir la répartition
        </Anchor>
      ) : movement.orderId ? (
        <Stack gap={0}>
          <Anchor component={Link} to={paths.supplyOrder(movement.orderId)} size="sm">
            {movement.orderReference ?? 'Voir la commande'}
          </Anchor>
          {movement.structureName && (
            <Text size="xs" c="dimmed">
              {movement.structureName}
            </Text>
          )}
        </Stack>
      ) : (
        '—'
      ),
  },
  {
    header: 'Provenance, commentaire',
    render: (movement) => {
      const notes = [
        movement.source,
        movement.comment,
        movement.allocationRunId ? 'Attribué par une répartition' : null,
      ].filter(Boolean);
      return notes.length > 0 ? (
        <Stack gap={0}>
          {notes.map((note) => (
            <Text key={note} size="sm" style={{ whiteSpace: 'pre-line' }}>
              {note}
            </Text>
          ))}
        </Stack>
      ) : (
        '—'
      );
    },
  },
  { header: 'Par', render: (movement) => movement.authorName ?? '—' },
];

/** A product's stock ledger, newest first, a page at a time. */
export function StockLedger({ productId }: { productId: string }) {
  const [page, setPage] = useState(0);
  const movements = useStockMovements(productId, { page, size: DEFAULT_PAGE_SIZE });
  return (
    <PagedTable
      caption="Mouvements de stock, du plus récent au plus ancien"
      columns={columns}
      rowKey={(movement) => String(movement.id)}
      data={movements.data}
      isPending={movements.isPending}
      error={movements.error}
      onRetry={() => void movements.refetch()}
      emptyMessage="Aucun mouvement : enregistrez une réception pour mettre ce produit en stock."
      onPageChange={setPage}
    />
  );
}
