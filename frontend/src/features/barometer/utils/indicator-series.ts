import type { Schema } from '@/lib/api/types';
import { shortWeekLabel } from './iso-week';
import { NEEDS, type Need, type Obstacle, type StructureKind } from './labels';

type Cell = Schema<'ActivityIndicatorCell'>;
export type IndicatorLevel = Schema<'ActivityIndicatorLevel'>;

/** One week of the series the charts and the table show (null: withheld, or nobody answered). */
export interface WeeklyPoint {
  week: string;
  /** "S48" on the axis. */
  label: string;
  structures: number | null;
  activeStructures: number | null;
  responseRatePct: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  meanRevenueLossPct: number | null;
  insertionEmployees: number | null;
  insertionShortTime: number | null;
  peopleFollowed: number | null;
  followedInPerson: number | null;
  followedByPhone: number | null;
  followedByVideo: number | null;
  needs: Record<Need, number | null>;
  /** The obstacles met, by how many structures met each (most met first; none when withheld). */
  obstacles: { obstacle: Obstacle; structures: number }[];
  suppressed: boolean;
}

/** The row of the filters: a department (or all, null) and a kind (or all, null). */
export interface CellCoordinates {
  department: string | null;
  kind: StructureKind | null;
}

function sameCell(cell: Cell, { department, kind }: CellCoordinates): boolean {
  return (cell.department ?? null) === department && (cell.kind ?? null) === kind;
}

function needShares(cell: Cell): Record<Need, number | null> {
  const shares = Object.fromEntries(NEEDS.map((need) => [need, null])) as Record<
    Need,
    number | null
  >;
  for (const share of cell.needShares ?? []) shares[share.need] = share.sharePct;
  return shares;
}

/** A cell as a point of the series. */
export function toPoint(cell: Cell, withYear = false): WeeklyPoint {
  return {
    week: cell.week,
    label: shortWeekLabel(cell.week, withYear),
    structures: cell.structures ?? null,
    activeStructures: cell.activeStructures ?? null,
    responseRatePct: cell.responseRatePct ?? null,
    q1: cell.activityLevel?.q1 ?? null,
    median: cell.activityLevel?.median ?? null,
    q3: cell.activityLevel?.q3 ?? null,
    meanRevenueLossPct: cell.meanRevenueLossPct ?? null,
    insertionEmployees: cell.insertionEmployees ?? null,
    insertionShortTime: cell.insertionShortTime ?? null,
    peopleFollowed: cell.peopleFollowed ?? null,
    followedInPerson: cell.followedInPerson ?? null,
    followedByPhone: cell.followedByPhone ?? null,
    followedByVideo: cell.followedByVideo ?? null,
    needs: needShares(cell),
    obstacles: (cell.obstacleCounts ?? [])
      .filter((count) => count.structures > 0)
      .sort((a, b) => b.structures - a.structures),
    suppressed: cell.suppressed,
  };
}

/** The week by week series of one row (the filters' department and kind), oldest week first. */
export function weeklySeries(cells: Cell[], row: CellCoordinates): WeeklyPoint[] {
  const rows = cells
    .filter((cell) => sameCell(cell, row))
    .sort((a, b) => a.week.localeCompare(b.week));
  const years = new Set(rows.map((cell) => cell.week.slice(0, 4)));
  return rows.map((cell) => toPoint(cell, years.size > 1));
}

/** A week's cells broken down by department (for the filters' kind), all departments excluded. */
export function byDepartment(cells: Cell[], week: string, kind: StructureKind | null): Cell[] {
  return cells
    .filter((cell) => cell.week === week && cell.department != null && (cell.kind ?? null) === kind)
    .sort((a, b) => (a.department ?? '').localeCompare(b.department ?? ''));
}

/** A week's cells broken down by kind (for the filters' department), all kinds excluded. */
export function byKind(cells: Cell[], week: string, department: string | null): Cell[] {
  return cells
    .filter(
      (cell) => cell.week === week && cell.kind != null && (cell.department ?? null) === department,
    )
    .sort((a, b) => (a.kind ?? '').localeCompare(b.kind ?? ''));
}

/** The weeks of the answer, newest first (to choose the week of the breakdowns). */
export function weeksOf(cells: Cell[]): string[] {
  return [...new Set(cells.map((cell) => cell.week))].sort((a, b) => b.localeCompare(a));
}

/** The level of the filters' row (the series): a department × a kind, a department, a kind, or the week. */
export function seriesLevel({ department, kind }: CellCoordinates): IndicatorLevel {
  if (department !== null) return kind !== null ? 'DEPARTMENT_AND_KIND' : 'DEPARTMENT';
  return kind !== null ? 'KIND' : 'WEEK';
}

/**
 * The levels of a week's breakdowns: by department (unless one is chosen) at the filters' kind,
 * by kind (unless one is chosen) in the filters' department. None when both are chosen.
 */
export function breakdownLevels({ department, kind }: CellCoordinates): IndicatorLevel[] {
  const levels: IndicatorLevel[] = [];
  if (department === null) levels.push(kind !== null ? 'DEPARTMENT_AND_KIND' : 'DEPARTMENT');
  if (kind === null) levels.push(department !== null ? 'DEPARTMENT_AND_KIND' : 'KIND');
  return [...new Set(levels)];
}
