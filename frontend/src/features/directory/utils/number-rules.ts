import { numberTextError, parseNumberText } from '@/lib/number-text';
import { formatNumber } from './format';

/** What a typed number filter gives: the value to apply, or the message that refuses it. */
export type NumberCheck = { value: number | null; error: null } | { value: null; error: string };

/**
 * The search radius the API accepts (radiusKm: above 0, at most 1000 km); a person types whole
 * or decimal kilometres from 1.
 */
export const RADIUS_MIN_KM = 1;
export const RADIUS_MAX_KM = 1000;
export const DEFAULT_RADIUS_KM = 20;
/** The API's bound on minInsertionFte. */
export const MAX_INSERTION_FTE = 999_999;

const RADIUS_MESSAGE = `Le rayon doit être compris entre ${RADIUS_MIN_KM} et ${formatNumber(RADIUS_MAX_KM)} km.`;

export function checkRadius(text: string): NumberCheck {
  if (text.trim() === '') return { value: null, error: 'Saisissez un rayon en kilomètres.' };
  const value = parseNumberText(text);
  if (value === undefined) return { value: null, error: `${RADIUS_MESSAGE} Exemple : 20 ou 2,5.` };
  if (numberTextError(text, { min: RADIUS_MIN_KM, max: RADIUS_MAX_KM }) !== null) {
    return { value: null, error: RADIUS_MESSAGE };
  }
  return { value, error: null };
}

/** An empty box means no minimum. */
export function checkMinInsertionFte(text: string): NumberCheck {
  if (text.trim() === '') return { value: null, error: null };
  const value = parseNumberText(text);
  if (value === undefined || numberTextError(text, { min: 0, max: MAX_INSERTION_FTE }) !== null) {
    return {
      value: null,
      error: `Saisissez un nombre d’ETP entre 0 et ${formatNumber(MAX_INSERTION_FTE)}, par exemple 1,5.`,
    };
  }
  return { value, error: null };
}
