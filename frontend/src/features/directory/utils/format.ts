import type { Schema } from '@/lib/api/types';
import { formatEuros } from '@/lib/format';

type GeoRangeFields = Pick<Schema<'ActivityView'>, 'geoRange' | 'geoDepartments' | 'geoRadiusKm'>;

/**
 * An activity's range in words: "Toute la France", "Départements : Seine-Saint-Denis (93),
 * Val-de-Marne (94)", "Dans un rayon de 30 km".
 */
export function describeRange(
  { geoRange, geoDepartments, geoRadiusKm }: GeoRangeFields,
  departmentName: (code: string) => string = (code) => code,
): string {
  switch (geoRange) {
    case 'COUNTRY':
      return 'Toute la France';
    case 'DEPARTMENTS': {
      const names = geoDepartments.map((code) => {
        const name = departmentName(code);
        return name === code ? code : `${name} (${code})`;
      });
      return `${geoDepartments.length > 1 ? 'Départements' : 'Département'} : ${names.join(', ')}`;
    }
    case 'RADIUS':
      return geoRadiusKm ? `Dans un rayon de ${geoRadiusKm} km` : 'Autour de la structure';
  }
}

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

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
