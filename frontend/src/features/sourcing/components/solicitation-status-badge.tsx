import { Badge } from '@mantine/core';
import type { SolicitationStatus } from '../api/get-my-solicitations';
import {
  SOLICITATION_STATUS_COLORS,
  SOLICITATION_STATUS_LABELS,
} from '../utils/solicitation-labels';

export function SolicitationStatusBadge({ status }: { status: SolicitationStatus }) {
  return (
    <Badge variant="outline" color={SOLICITATION_STATUS_COLORS[status]} tt="none">
      {SOLICITATION_STATUS_LABELS[status]}
    </Badge>
  );
}
