export { formatDate, formatDateTime, formatEuros } from '@/lib/format';

const NO_BREAK = '\u00a0';
const upToTwoDecimals = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** "35 %", "12,5 %"; a dash when unknown. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined
    ? '—'
    : `${upToTwoDecimals.format(value)}${NO_BREAK}%`;
}

/** "2,45 mois", "1 mois". */
export function formatMonths(value: number | null | undefined): string {
  return value === null || value === undefined
    ? '—'
    : `${upToTwoDecimals.format(value)}${NO_BREAK}mois`;
}

/** "12", "12,5" (a headcount, full-time equivalents). */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : upToTwoDecimals.format(value);
}

/** A day as the API writes it ("2026-12-02"), in the browser's time zone. */
export function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const dayOfMonth = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${dayOfMonth}`;
}

/** The day `days` after today ("2026-12-02" + 30). */
export function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return isoDay(date);
}

const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });

/** A calendar day of the API ("2026-12-15") as « 15 décembre 2026 », whatever the time zone. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '—';
  const [year, month, date] = value.split('-').map(Number);
  if (!year || !month || !date) return value;
  return day.format(new Date(year, month - 1, date));
}
