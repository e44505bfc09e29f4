import { describe, expect, it } from 'vitest';
import { numberText, numberTextError, parseNumberText } from './number-text';

describe('typed numbers', () => {
  it('refuses_a_negative_number_instead_of_dropping_the_minus', () => {
    expect(numberTextError('-40', { min: 0 })).toBe('Saisissez un nombre positif.');
    expect(numberTextError('-40', { min: 0, integer: true })).toBe('Saisissez un nombre positif.');
  });

  it('reads_a_decimal_comma_as_a_decimal_where_decimals_are_allowed', () => {
    expect(numberTextError('1,5', { min: 0, decimals: 2 })).toBeNull();
    expect(parseNumberText('1,5')).toBe(1.5);
    expect(parseNumberText('1.5')).toBe(1.5);
  });

  it('refuses_a_decimal_in_a_whole_number_field', () => {
    expect(numberTextError('1,5', { integer: true, min: 0 })).toBe('Saisissez un nombre entier.');
  });

  it('accepts_french_thousands_separators', () => {
    expect(numberTextError('12 500', { integer: true })).toBeNull();
    expect(parseNumberText('12\u202f500')).toBe(12500);
  });

  it('refuses_what_is_not_a_number_and_keeps_bounds', () => {
    expect(numberTextError('12abc', {})).toBe('Saisissez un nombre, par exemple 12,5.');
    expect(numberTextError('1,2,3', {})).toBe('Saisissez un nombre, par exemple 12,5.');
    expect(numberTextError('0', { integer: true, min: 1, max: 1000 })).toBe(
      'Saisissez un nombre supérieur ou égal à 1.',
    );
    expect(numberTextError('1001', { integer: true, min: 1, max: 1000 })).toBe(
      'Saisissez un nombre inférieur ou égal à 1\u202f000.',
    );
    expect(numberTextError('4,555', { decimals: 2 })).toBe(
      'Saisissez au plus 2 chiffres après la virgule.',
    );
    expect(numberTextError('-12,5', { min: -90, max: 90 })).toBeNull();
  });

  it('leaves_an_empty_optional_field_empty_and_asks_for_a_required_one', () => {
    expect(numberTextError('  ', {})).toBeNull();
    expect(parseNumberText('')).toBeUndefined();
    expect(numberTextError('', { required: 'Indiquez le rayon.' })).toBe('Indiquez le rayon.');
  });

  it('shows_a_stored_number_with_a_decimal_comma', () => {
    expect(numberText(1.5)).toBe('1,5');
    expect(numberText(null)).toBe('');
    expect(numberText(12)).toBe('12');
  });
});
