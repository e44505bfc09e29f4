import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps_a_path_of_the_app_with_its_query', () => {
    expect(safeReturnPath('/besoins/nouveau?structure=abc')).toBe('/besoins/nouveau?structure=abc');
  });

  it('refuses_other_sites_and_empty_values', () => {
    for (const value of ['//evil.example', 'https://evil.example', '/\\evil.example', '', null]) {
      expect(safeReturnPath(value)).toBeNull();
    }
  });
});
