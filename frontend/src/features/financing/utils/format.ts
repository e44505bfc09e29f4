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

const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });

/** A calendar day of the API ("2099-12-15") as « 15 décembre 2099 », whatever the time zone. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '—';
  const [year, month, date] = value.split('-').map(Number);
  if (!year || !month || !date) return value;
  return day.format(new Date(year, month - 1, date));
}
