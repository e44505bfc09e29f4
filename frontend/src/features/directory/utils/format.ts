import type { Schema } from '@/lib/api/types';

type GeoRangeFields = Pick<Schema<'ActivityView'>, 'geoRange' | 'geoDepartments' | 'geoRadiusKm'>;

/** An activity's range in words: "Toute la France", "Départements : 93, 94", "Dans un rayon de 30 km". */
export function describeRange({ geoRange, geoDepartments, geoRadiusKm }: GeoRangeFields): string {
  switch (geoRange) {
    case 'COUNTRY':
      return 'Toute la France';
    case 'DEPARTMENTS':
      return `${geoDepartments.length > 1 ? 'Départements' : 'Département'} : ${geoDepartments.join(', ')}`;
    case 'RADIUS':
      return geoRadiusKm ? `Dans un rayon de ${geoRadiusKm} km` : 'Autour de la structure';
  }
}

const euros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function formatEuros(value: number): string {
  return euros.format(value);
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : decimal.format(value);
}

/** "12 € à 20 € / heure", "à partir de 12 € / heure", "jusqu'à 20 €", or null when unknown. */
export function describePrice(
  priceMin: number | null | undefined,
  priceMax: number | null | undefined,
  unit: string | null | undefined,
): string | null {
  let price: string;
  if (priceMin != null && priceMax != null) {
    price =
      priceMin === priceMax
        ? formatEuros(priceMin)
        : `${formatEuros(priceMin)} à ${formatEuros(priceMax)}`;
  } else if (priceMin != null) {
    price = `à partir de ${formatEuros(priceMin)}`;
  } else if (priceMax != null) {
    price = `jusqu’à ${formatEuros(priceMax)}`;
  } else {
    return null;
  }
  return unit ? `${price} / ${unit}` : price;
}

/** "3,2 km" */
export function formatDistance(km: number): string {
  return `${decimal.format(km)} km`;
}

/**
 * A number as a person types it in French ("1,5", "1.5", "20", " 3 "): the number, or null when the
 * text is not one. Nothing is dropped or rewritten ("-40" stays -40, "1,5" is 1.5 and never 15):
 * the caller decides which values it accepts and says why it refuses the others.
 */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}
