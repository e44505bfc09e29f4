import { describe, expect, it } from 'vitest';
import { formatEuros } from './format';

/** Intl separates with narrow no-break spaces; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatEuros', () => {
  it('writes amounts the French way', () => {
    expect(plain(formatEuros(45.5))).toBe('45,50 €');
    expect(plain(formatEuros(1250))).toBe('1 250 €');
    expect(plain(formatEuros(0))).toBe('0 €');
  });

  it('shows a dash when there is no amount', () => {
    expect(formatEuros(null)).toBe('—');
    expect(formatEuros(undefined)).toBe('—');
    expect(formatEuros(Number.NaN)).toBe('—');
  });
});
