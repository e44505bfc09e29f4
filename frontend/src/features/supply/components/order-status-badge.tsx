import { Badge } from '@mantine/core';
import { STATUS_COLORS, STATUS_LABELS, type SupplyOrderStatus } from '../utils/labels';

/** "Réservée en partie", "Livrée". */
export function OrderStatusBadge({ status }: { status: SupplyOrderStatus }) {
  return (
    // The colour tints the background; the words keep the text colour (contrast).
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" c="var(--mantine-color-text)">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
