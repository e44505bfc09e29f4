import { formatNumber } from './format';

/**
 * A unit of an offer for a count: "1 heure", "400 heures", "12 repas", "30 m²".
 * French plural of the first word (heure de ménage → heures de ménage); symbols
 * and words already ending in s, x or z stay as they are.
 */
export function unitFor(count: number, unit: string): string {
  if (Math.abs(count) < 2) return unit;
  const [first = '', ...rest] = unit.split(' ');
  if (!/^[a-zà-ÿœæ-]+$/i.test(first) || /[sxz]$/i.test(first)) return unit;
  const plural = /(au|eu)$/i.test(first) ? `${first}x` : `${first}s`;
  return [plural, ...rest].join(' ');
}

/** "400 heures par mois", "12 par mois" without a unit. */
export function describeCapacity(capacity: number, unit: string | null | undefined): string {
  const count = formatNumber(capacity);
  return unit ? `${count} ${unitFor(capacity, unit)} par mois` : `${count} par mois`;
}
