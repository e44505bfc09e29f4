import { describe, expect, it } from 'vitest';
import { checkMinInsertionFte, checkRadius } from './number-rules';

describe('numbers typed in the directory filters', () => {
  it('reads_a_french_or_english_decimal_without_dropping_anything', () => {
    expect(checkMinInsertionFte('1,5')).toEqual({ value: 1.5, error: null });
    expect(checkMinInsertionFte(' 1.5 ')).toEqual({ value: 1.5, error: null });
    for (const typed of ['-40', '15 km', '1,5,0']) {
      expect(checkMinInsertionFte(typed).value).toBeNull();
    }
  });

  it('refuses_a_radius_outside_the_api_bounds_instead_of_rewriting_it', () => {
    for (const typed of ['0', '-40', '1001', '', 'vingt', '0,5']) {
      expect(checkRadius(typed)).toEqual({ value: null, error: expect.any(String) as string });
    }
    expect(checkRadius('0').error).toBe('Le rayon doit être compris entre 1 et 1\u202f000 km.');
    expect(checkRadius('1,5')).toEqual({ value: 1.5, error: null });
    expect(checkRadius('1000')).toEqual({ value: 1000, error: null });
  });

  it('takes_an_empty_fte_minimum_as_none_and_refuses_a_negative_one', () => {
    expect(checkMinInsertionFte('')).toEqual({ value: null, error: null });
    expect(checkMinInsertionFte('1,5')).toEqual({ value: 1.5, error: null });
    expect(checkMinInsertionFte('-40').error).toMatch(/entre 0 et/);
  });
});
