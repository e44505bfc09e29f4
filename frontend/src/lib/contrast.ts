/** WCAG 2 contrast helpers for #rrggbb colours. */

function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
}

function toHex(values: number[]): string {
  return `#${values.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** The colour moved towards black by `amount` (0 keeps it, 1 gives black). */
export function darken(hex: string, amount: number): string {
  return toHex(channels(hex).map((c) => c * (1 - amount)));
}

/** The colour, darkened by steps of 4 % until it reaches `ratio` against white. */
export function darkenUntilReadable(hex: string, ratio: number): string {
  let colour = hex;
  for (let step = 1; contrastWithWhite(colour) < ratio && step <= 25; step += 1) {
    colour = darken(hex, step * 0.04);
  }
  return colour;
}
