import { Badge, Button, Stack, Text } from '@mantine/core';
import { PagedTable, wholeList, type Column } from '@/components/paged-table';
import type { SupplyOrderLineView } from '../api/get-supply-order';

const count = (value: number) => value.toLocaleString('fr-FR');

interface OrderLinesProps {
  lines: SupplyOrderLineView[];
  /** Offered for the lines that may still be cancelled (not shipped, not cancelled). */
  onCancelLine?: ((line: SupplyOrderLineView) => void) | undefined;
}

/** A line may be cancelled until a unit of it has left. */
export function isCancellable(line: SupplyOrderLineView): boolean {
  return !line.cancelled && line.quantityShipped === 0;
}

/** Each product: asked, reserved, waiting for stock and shipped; a table, or cards on a phone. */
export function OrderLines({ lines, onCancelLine }: OrderLinesProps) {
  const columns: Column<SupplyOrderLineView>[] = [
    {
      header: 'Produit',
      render: (line) => (
        <Stack gap={2}>
          <Text fw={600} td={line.cancelled ? 'line-through' : undefined}>
            {line.productName}
          </Text>
          {line.cancelled && (
            <Badge color="dark" variant="light" tt="none" c="var(--mantine-color-text)">
              Ligne annulée
            </Badge>
          )}
        </Stack>
      ),
    },
    { header: 'Unité', render: (line) => line.unit },
    { header: 'Demandé', render: (line) => count(line.quantity) },
    { header: 'Réservé', render: (line) => count(line.quantityReserved) },
    { header: 'En attente', render: (line) => count(line.quantityBackordered) },
    { header: 'Expédié', render: (line) => count(line.quantityShipped) },
  ];
  if (onCancelLine && lines.some(isCancellable)) {
    columns.push({
      header: 'Action',
      render: (line) =>
        isCancellable(line) ? (
          <Button
            size="xs"
            variant="outline"
            color="red"
            aria-label={`Annuler la ligne « ${line.productName} »`}
            onClick={() => onCancelLine(line)}
          >
            Annuler la ligne
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ),
    });
  }
  return (
    <PagedTable
      caption="Produits commandés"
      columns={columns}
      rowKey={(line) => line.id}
      data={wholeList(lines)}
      isPending={false}
      error={null}
      onRetry={() => undefined}
      emptyMessage="Aucun produit dans cette commande : modifiez le brouillon pour en ajouter."
      onPageChange={() => undefined}
      hideCount
    />
  );
}
