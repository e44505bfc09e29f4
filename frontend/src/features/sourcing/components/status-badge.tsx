import { Badge } from '@mantine/core';
import { OUTCOME_LABELS, STATUS_COLORS, STATUS_LABELS } from '../utils/labels';
import type { SourcingOutcome, SourcingStatus } from '../utils/labels';

/** "Publié", "Clôturé · Attribué". */
export function StatusBadge({
  status,
  outcome,
}: {
  status: SourcingStatus;
  outcome?: SourcingOutcome | null | undefined;
}) {
  return (
    // The colour tints the background; the words keep the text colour (contrast).
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" c="var(--mantine-color-text)">
      {STATUS_LABELS[status]}
      {status === 'CLOSED' && outcome ? ` · ${OUTCOME_LABELS[outcome]}` : ''}
    </Badge>
  );
}
