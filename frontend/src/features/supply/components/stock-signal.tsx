import { Badge, Group } from '@mantine/core';
import type { ProductView } from '../api/get-stock-products';
import { formatUnits } from '../utils/stock-labels';

/** « Rupture » when nothing can be reserved, « N en attente » when orders wait for stock. */
export function StockSignal({ product }: { product: ProductView }) {
  const out = product.available === 0;
  const waiting = product.backordered > 0;
  if (!out && !waiting && product.active) return null;
  return (
    <Group gap={4}>
      {!product.active && (
        <Badge variant="outline" color="gray.8" tt="none">
          Inactif
        </Badge>
      )}
      {out && (
        // The colour tints the background; the words keep the text colour (contrast).
        <Badge variant="light" color="red" tt="none" c="var(--mantine-color-text)">
          Rupture
        </Badge>
      )}
      {waiting && (
        <Badge variant="light" color="orange" tt="none" c="var(--mantine-color-text)">
          Commandes en attente : {formatUnits(product.backordered)}
        </Badge>
      )}
    </Group>
  );
}
