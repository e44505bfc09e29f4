import { describe, expect, it } from 'vitest';
import {
  flagParam,
  indexParam,
  numberParam,
  oneOfParam,
  someOfParam,
  textParam,
} from './use-url-state';

describe('query string codecs', () => {
  it('leave_empty_and_default_values_out_of_the_url', () => {
    expect(textParam.format('  ')).toEqual([]);
    expect(numberParam.format(null)).toEqual([]);
    expect(indexParam.format(0)).toEqual([]);
    expect(flagParam(true).format(true)).toEqual([]);
    expect(flagParam(true).format(false)).toEqual(['false']);
  });

  it('read_unknown_or_malformed_values_as_nothing', () => {
    expect(numberParam.parse(['abc'])).toBeNull();
    expect(indexParam.parse(['-3'])).toBe(0);
    expect(oneOfParam(['name', 'distance'] as const).parse(['price'])).toBeNull();
    expect(someOfParam(['ACI', 'EI'] as const).parse(['EI', 'XYZ', 'ACI'])).toEqual(['ACI', 'EI']);
    expect(flagParam(true).parse([])).toBe(true);
  });
});
