import { Badge } from '@mantine/core';
import {
  FOLLOW_UP_STATUS_COLORS,
  FOLLOW_UP_STATUS_LABELS,
  type FollowUpStatus,
} from '../utils/labels';

/** "À traiter", "En cours", "Terminé". */
export function FollowUpStatusBadge({ status }: { status: FollowUpStatus }) {
  return (
    <Badge
      color={FOLLOW_UP_STATUS_COLORS[status]}
      variant="light"
      tt="none"
      c="var(--mantine-color-text)"
    >
      {FOLLOW_UP_STATUS_LABELS[status]}
    </Badge>
  );
}
