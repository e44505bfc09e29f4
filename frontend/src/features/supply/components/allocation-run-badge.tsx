import { Badge } from '@mantine/core';
import type { AllocationRunStatus } from '../api/allocation-runs';
import { ALLOCATION_RUN_STATUS_COLORS, ALLOCATION_RUN_STATUS_LABELS } from '../utils/stock-labels';

/** « Proposition » or « Appliquée ». */
export function AllocationRunBadge({ status }: { status: AllocationRunStatus }) {
  return (
    // The colour tints the background; the words keep the text colour (contrast).
    <Badge
      variant="light"
      color={ALLOCATION_RUN_STATUS_COLORS[status]}
      tt="none"
      c="var(--mantine-color-text)"
    >
      {ALLOCATION_RUN_STATUS_LABELS[status]}
    </Badge>
  );
}
