import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastWithWhite, darkenUntilReadable } from '@/lib/contrast';
import { theme } from './theme';

describe('theme colours', () => {
  const shade = theme.primaryShade as number;
  const colors = theme.colors ?? {};
  const names = Object.keys(colors);
  const shadeOf = (name: string, index: number) => colors[name]?.[index] ?? '';

  it('covers Mantine’s palettes and ours', () => {
    expect(names).toEqual(expect.arrayContaining(['relance', 'red', 'green', 'orange', 'yellow']));
  });

  it.each(names)('the default shade of %s reaches 4.5:1 against white', (name) => {
    expect(contrastWithWhite(shadeOf(name, shade))).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the light shades (backgrounds, borders) as Mantine has them', () => {
    expect(colors.green?.slice(0, 7)).toEqual(DEFAULT_THEME.colors.green.slice(0, 7));
  });
});

describe('contrast', () => {
  it('measures as WCAG does', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastWithWhite('#f03e3e')).toBeLessThan(4.5); // Mantine's red.7
  });

  it('darkens only what is not readable yet', () => {
    expect(darkenUntilReadable('#145399', 4.5)).toBe('#145399');
    const darker = darkenUntilReadable('#f59f00', 4.5);
    expect(darker).not.toBe('#f59f00');
    expect(contrastWithWhite(darker)).toBeGreaterThanOrEqual(4.5);
  });
});
