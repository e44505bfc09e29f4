import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../testing/fixtures';
import {
  breakdownLevels,
  byDepartment,
  byKind,
  seriesLevel,
  weeklySeries,
  weeksOf,
} from './indicator-series';
import { describeObstacles } from './obstacles';

describe('indicator series', () => {
  it('takes_the_row_of_the_filters_week_by_week_oldest_first', () => {
    const all = weeklySeries(INDICATORS.cells, { department: null, kind: null });
    expect(all.map((point) => [point.label, point.median, point.responseRatePct])).toEqual([
      ['S47', 55, 55],
      ['S48', 62, 60],
    ]);
    const department = weeklySeries(INDICATORS.cells, { department: '93', kind: null });
    expect(department.map((point) => point.structures)).toEqual([7]);
    expect(all[1]?.needs.CUSTOMERS).toBe(41.7);
  });

  it('breaks_a_week_down_by_department_or_by_kind_without_the_margins', () => {
    expect(byDepartment(INDICATORS.cells, '2026-W48', null).map((cell) => cell.department)).toEqual(
      ['75', '93'],
    );
    expect(
      byDepartment(INDICATORS.cells, '2026-W48', 'ACI').map((cell) => cell.department),
    ).toEqual(['93']);
    expect(byKind(INDICATORS.cells, '2026-W48', null).map((cell) => cell.kind)).toEqual([
      'ACI',
      'EI',
    ]);
    expect(weeksOf(INDICATORS.cells)).toEqual(['2026-W48', '2026-W47']);
  });

  it('asks_only_for_the_levels_the_page_shows', () => {
    expect(seriesLevel({ department: null, kind: null })).toBe('WEEK');
    expect(seriesLevel({ department: '93', kind: null })).toBe('DEPARTMENT');
    expect(seriesLevel({ department: null, kind: 'EI' })).toBe('KIND');
    expect(seriesLevel({ department: '93', kind: 'EI' })).toBe('DEPARTMENT_AND_KIND');
    expect(breakdownLevels({ department: null, kind: null })).toEqual(['DEPARTMENT', 'KIND']);
    expect(breakdownLevels({ department: '93', kind: null })).toEqual(['DEPARTMENT_AND_KIND']);
    expect(breakdownLevels({ department: null, kind: 'EI' })).toEqual(['DEPARTMENT_AND_KIND']);
    expect(breakdownLevels({ department: '93', kind: 'EI' })).toEqual([]);
  });

  it('says_the_obstacles_met_most_met_first_and_nothing_for_a_withheld_cell', () => {
    const [point] = weeklySeries(INDICATORS.cells, { department: null, kind: null });
    expect(point && describeObstacles(point)).toBe('transport 3 structures');
    expect(point && describeObstacles({ ...point, suppressed: true })).toBe('—');
    expect(point && describeObstacles({ ...point, obstacles: [] })).toBe('aucun');
  });
});
