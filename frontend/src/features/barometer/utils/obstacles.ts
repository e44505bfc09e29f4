import type { WeeklyPoint } from './indicator-series';
import { OBSTACLE_SHORT_LABELS } from './labels';

/** "transport 3 structures, santé 1 structure", "aucun", or "—" when withheld. */
export function describeObstacles(point: WeeklyPoint): string {
  if (point.suppressed || point.structures === null) return '—';
  if (point.obstacles.length === 0) return 'aucun';
  return point.obstacles
    .map(
      ({ obstacle, structures }) =>
        `${OBSTACLE_SHORT_LABELS[obstacle].toLowerCase()} ${structures} structure${structures > 1 ? 's' : ''}`,
    )
    .join(', ');
}
