import { describe, expect, it } from 'vitest';
import { formatEuros } from '@/lib/format';
import { describePrice, describeRange } from './format';
import { describeCapacity, unitFor } from './offer-format';

describe('catalogue wording', () => {
  it('writes_euros_the_french_way', () => {
    expect(formatEuros(45.5)).toBe('45,50\u00a0€');
    expect(formatEuros(1200)).toBe('1\u202f200\u00a0€');
    expect(describePrice(12, 45.5, 'heure')).toBe('12\u00a0€ à 45,50\u00a0€ / heure');
  });

  it('puts_units_in_the_plural_from_two', () => {
    expect(describeCapacity(400, 'heure')).toBe('400 heures par mois');
    expect(describeCapacity(1, 'heure')).toBe('1 heure par mois');
    expect(describeCapacity(12, 'repas')).toBe('12 repas par mois');
    expect(describeCapacity(30, 'm²')).toBe('30 m² par mois');
    expect(describeCapacity(5, null)).toBe('5 par mois');
    expect(unitFor(3, 'heure de ménage')).toBe('heures de ménage');
    expect(unitFor(3, 'panneau')).toBe('panneaux');
  });

  it('names_the_departments_of_a_range', () => {
    const names: Record<string, string> = { '93': 'Seine-Saint-Denis' };
    expect(
      describeRange(
        { geoRange: 'DEPARTMENTS', geoDepartments: ['93', '94'] },
        (code) => names[code] ?? code,
      ),
    ).toBe('Départements : Seine-Saint-Denis (93), 94');
  });
});
