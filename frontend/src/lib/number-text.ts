/**
 * Numbers typed by a person, kept as typed (a text input) and checked here:
 * a wrong number is refused with a message, never rewritten ("-40" is not
 * turned into 40, nor "1,5" into 15). French writing is accepted: a decimal
 * comma ("1,5") and spaces between thousands ("12 500").
 */

export interface NumberTextRule {
  /** Whole numbers only (a headcount, a radius in km). */
  integer?: boolean;
  /** At most this many digits after the decimal separator (2 for euros). */
  decimals?: number;
  min?: number;
  max?: number;
  /** The message when the field is left empty; optional fields leave it out. */
  required?: string;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;
// Spaces between thousands, including the non-breaking ones French formatting writes.
const SPACES = /[\s\u00a0\u202f]/g;

const plain = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 20 });

function normalize(text: string): string {
  return text.replace(SPACES, '').replace(',', '.');
}

/** True when nothing was typed. */
export function isBlankNumber(text: string): boolean {
  return text.trim() === '';
}

/**
 * What is wrong with a typed number, in French, or null when it is acceptable
 * (an empty optional field included).
 */
export function numberTextError(text: string, rule: NumberTextRule = {}): string | null {
  if (isBlankNumber(text)) return rule.required ?? null;
  const normalized = normalize(text.trim());
  if (!NUMBER.test(normalized)) {
    return rule.integer ? 'Saisissez un nombre entier.' : 'Saisissez un nombre, par exemple 12,5.';
  }
  const value = Number(normalized);
  if (value < 0 && (rule.min ?? -Infinity) >= 0) return 'Saisissez un nombre positif.';
  const fraction = normalized.split('.')[1] ?? '';
  if (rule.integer && fraction !== '') return 'Saisissez un nombre entier.';
  if (rule.decimals !== undefined && fraction.length > rule.decimals) {
    return `Saisissez au plus ${rule.decimals} chiffre${rule.decimals > 1 ? 's' : ''} après la virgule.`;
  }
  if (rule.min !== undefined && value < rule.min) {
    return `Saisissez un nombre supérieur ou égal à ${plain.format(rule.min)}.`;
  }
  if (rule.max !== undefined && value > rule.max) {
    return `Saisissez un nombre inférieur ou égal à ${plain.format(rule.max)}.`;
  }
  return null;
}

/** A Mantine form rule for a number field. */
export function numberRule(rule: NumberTextRule = {}) {
  return (text: string): string | null => numberTextError(text, rule);
}

/**
 * The number a valid text stands for ("1,5" → 1.5, "12 500" → 12500), or
 * undefined when the field is empty. Check it with numberTextError first: an
 * invalid text also gives undefined.
 */
export function parseNumberText(text: string): number | undefined {
  if (isBlankNumber(text)) return undefined;
  const normalized = normalize(text.trim());
  return NUMBER.test(normalized) ? Number(normalized) : undefined;
}

/** How a stored number is shown in a field: French decimal comma, no grouping. */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace('.', ',');
}
