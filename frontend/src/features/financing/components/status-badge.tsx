import { Badge } from '@mantine/core';
import {
  RISK_COLORS,
  STATUS_COLORS,
  STATUS_LABELS,
  riskLabel,
  type DiagnosticStatus,
  type RiskLevel,
} from '../utils/labels';

/** "En cours d’examen", "Orienté". */
export function DiagnosticStatusBadge({ status }: { status: DiagnosticStatus }) {
  return (
    // The colour tints the background; the words keep the text colour (contrast).
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" c="var(--mantine-color-text)">
      {STATUS_LABELS[status]}
    </Badge>
  );
}

/** "Risque élevé"; "Risque à calculer" while the figures are incomplete. */
export function RiskBadge({ level }: { level: RiskLevel | null | undefined }) {
  if (!level) {
    return (
      <Badge color="gray" variant="outline" tt="none" c="var(--mantine-color-text)">
        Risque à calculer
      </Badge>
    );
  }
  return (
    <Badge color={RISK_COLORS[level]} variant="light" tt="none" c="var(--mantine-color-text)">
      {riskLabel(level)}
    </Badge>
  );
}
