import type { Schema } from '@/lib/api/types';

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

// Shared with the other features (sourcing shows amounts and distances too).
export { describePrice, formatDistance, formatNumber } from '@/lib/format';
