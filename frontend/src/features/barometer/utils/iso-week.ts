/**
 * ISO weeks as the API writes them ("2026-W48": the week of Monday 23 November 2026), computed in
 * UTC so that the time zone of the browser never shifts a day.
 */

const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY_MS = 86_400_000;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The ISO week of a day (its calendar date, read in Europe/Paris as the API does). */
export function isoWeekOf(day: Date): string {
  const [year, month, date] = parisDate(day);
  const utc = new Date(Date.UTC(year, month - 1, date));
  // The Thursday of the same week decides its year.
  const weekday = (utc.getUTCDay() + 6) % 7;
  const thursday = new Date(utc.getTime() + (3 - weekday) * DAY_MS);
  const weekYear = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
  const firstMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * DAY_MS;
  const week = Math.floor((thursday.getTime() - firstMonday) / (7 * DAY_MS)) + 1;
  return `${weekYear}-W${pad(week)}`;
}

/** Year, month (1–12) and day of a moment in Paris. */
function parisDate(moment: Date): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(moment);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return [part('year'), part('month'), part('day')];
}

/** The Monday of an ISO week (UTC midnight), or null for a text that is not one. */
export function mondayOf(week: string): Date | null {
  const match = WEEK.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  const fourthOfJanuary = new Date(Date.UTC(year, 0, 4));
  const firstMonday = fourthOfJanuary.getTime() - ((fourthOfJanuary.getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(firstMonday + (number - 1) * 7 * DAY_MS);
}

/** The week `count` weeks after (before, when negative) `week`. */
export function addWeeks(week: string, count: number): string {
  const monday = mondayOf(week);
  if (!monday) return week;
  return isoWeekOf(new Date(monday.getTime() + count * 7 * DAY_MS + 12 * 3_600_000));
}

/** The week number alone, "48". */
export function weekNumber(week: string): string {
  return String(Number(WEEK.exec(week)?.[2] ?? week));
}

const dayMonth = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const dayMonthYear = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "semaine 48, du 23 au 29 novembre 2026" (the months and years named when they differ). */
export function weekLabel(week: string): string {
  const monday = mondayOf(week);
  if (!monday) return week;
  const sunday = new Date(monday.getTime() + 6 * DAY_MS);
  const sameMonth = monday.getUTCMonth() === sunday.getUTCMonth();
  const sameYear = monday.getUTCFullYear() === sunday.getUTCFullYear();
  const from = sameMonth
    ? String(monday.getUTCDate())
    : sameYear
      ? dayMonth.format(monday)
      : dayMonthYear.format(monday);
  return `semaine ${weekNumber(week)}, du ${from} au ${dayMonthYear.format(sunday)}`;
}

/** "S48" on a chart's axis; "S1 2027" when the year changes within the period shown. */
export function shortWeekLabel(week: string, withYear = false): string {
  const year = week.slice(0, 4);
  return withYear ? `S${weekNumber(week)} ${year}` : `S${weekNumber(week)}`;
}
