import { describe, expect, it } from 'vitest';
import { addWeeks, isoWeekOf, mondayOf, shortWeekLabel, weekLabel } from './iso-week';

describe('ISO weeks', () => {
  it('gives_the_week_of_a_day_in_paris_including_the_year_boundaries', () => {
    expect(isoWeekOf(new Date('2026-11-23T10:00:00Z'))).toBe('2026-W48');
    expect(isoWeekOf(new Date('2026-11-29T23:30:00Z'))).toBe('2026-W49'); // Monday 00:30 in Paris
    expect(isoWeekOf(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeekOf(new Date('2024-12-30T12:00:00Z'))).toBe('2025-W01');
  });

  it('finds_the_monday_and_moves_by_weeks_across_years', () => {
    expect(mondayOf('2026-W48')?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(mondayOf('semaine 48')).toBeNull();
    expect(addWeeks('2026-W48', -11)).toBe('2026-W37');
    expect(addWeeks('2026-W52', 2)).toBe('2027-W01');
    expect(addWeeks('2027-W01', -1)).toBe('2026-W53');
  });

  it('says_the_week_in_french', () => {
    expect(weekLabel('2026-W48')).toBe('semaine 48, du 23 au 29 novembre 2026');
    expect(weekLabel('2026-W49')).toBe('semaine 49, du 30 novembre au 6 décembre 2026');
    expect(weekLabel('2026-W53')).toBe('semaine 53, du 28 décembre 2026 au 3 janvier 2027');
    expect(shortWeekLabel('2026-W05')).toBe('S5');
  });
});
