import { numberText, numberTextError, parseNumberText } from '@/lib/number-text';
import type { Schema } from '@/lib/api/types';
import type { Need, Obstacle } from './labels';

export type ActivitySurveyAnswers = Schema<'ActivitySurveyAnswers'>;

/** The server's bounds (ActivitySurveyAnswers). */
export const MAX_COUNT = 100_000;
export const MAX_NEEDS_TEXT = 2000;

/** The number fields of the survey, in the order of the form. */
export const PERCENT_FIELDS = ['activityLevelPct', 'revenueLossPct'] as const;
export const COUNT_FIELDS = [
  'insertionEmployees',
  'insertionWorking',
  'insertionShortTime',
  'peopleFollowed',
  'followedInPerson',
  'followedByPhone',
  'followedByVideo',
] as const;

type NumberField = (typeof PERCENT_FIELDS)[number] | (typeof COUNT_FIELDS)[number];

/** The form's values: numbers kept as typed (a wrong one is refused, never rewritten). */
export type SurveyValues = Record<NumberField, string> & {
  obstacles: Obstacle[];
  needs: Need[];
  needsText: string;
};

const EMPTY: SurveyValues = {
  activityLevelPct: '',
  revenueLossPct: '',
  insertionEmployees: '',
  insertionWorking: '',
  insertionShortTime: '',
  peopleFollowed: '',
  followedInPerson: '',
  followedByPhone: '',
  followedByVideo: '',
  obstacles: [],
  needs: [],
  needsText: '',
};

/** The form filled from answers (this week's, or last week's to start from), or empty. */
export function surveyValues(answers: ActivitySurveyAnswers | null | undefined): SurveyValues {
  if (!answers) return { ...EMPTY };
  const values: SurveyValues = { ...EMPTY };
  for (const field of [...PERCENT_FIELDS, ...COUNT_FIELDS]) {
    values[field] = numberText(answers[field]);
  }
  return {
    ...values,
    obstacles: [...(answers.obstacles ?? [])],
    needs: [...(answers.needs ?? [])],
    needsText: answers.needsText ?? '',
  };
}

/** What is sent (check the values with `surveyRules` first). */
export function surveyAnswers(values: SurveyValues): ActivitySurveyAnswers {
  const number = (field: NumberField) => parseNumberText(values[field]) ?? 0;
  const text = values.needsText.trim();
  return {
    activityLevelPct: number('activityLevelPct'),
    revenueLossPct: number('revenueLossPct'),
    insertionEmployees: number('insertionEmployees'),
    insertionWorking: number('insertionWorking'),
    insertionShortTime: number('insertionShortTime'),
    peopleFollowed: number('peopleFollowed'),
    followedInPerson: number('followedInPerson'),
    followedByPhone: number('followedByPhone'),
    followedByVideo: number('followedByVideo'),
    obstacles: values.obstacles,
    needs: values.needs,
    ...(text ? { needsText: text } : {}),
  };
}

const REQUIRED = 'Indiquez un nombre (0 si aucun).';

function percentRule(text: string): string | null {
  return numberTextError(text, {
    integer: true,
    min: 0,
    max: 100,
    required: 'Indiquez un pourcentage entre 0 et 100.',
  });
}

function countRule(text: string): string | null {
  return numberTextError(text, { integer: true, min: 0, max: MAX_COUNT, required: REQUIRED });
}

/** A count that must not exceed the sum it is part of: the message names both. */
function partRule(partOf: NumberField, partOfLabel: string, others: NumberField[] = []) {
  return (text: string, values: SurveyValues): string | null => {
    const own = countRule(text);
    if (own) return own;
    const whole = parseNumberText(values[partOf]);
    if (whole === undefined || countRule(values[partOf])) return null;
    const sum = [text, ...others.map((field) => values[field])]
      .map((value) => parseNumberText(value) ?? 0)
      .reduce((total, value) => total + value, 0);
    if (sum <= whole) return null;
    return others.length === 0
      ? `Ne peut pas dépasser ${partOfLabel} (${whole.toLocaleString('fr-FR')}).`
      : `Avec ceux en activité partielle, ne peut pas dépasser ${partOfLabel} (${whole.toLocaleString('fr-FR')}).`;
  };
}

/** The checks of the form, as the server makes them (it checks again and names the fields). */
export const surveyRules = {
  activityLevelPct: percentRule,
  revenueLossPct: percentRule,
  insertionEmployees: countRule,
  insertionWorking: partRule('insertionEmployees', 'le nombre de salariés en insertion', [
    'insertionShortTime',
  ]),
  insertionShortTime: countRule,
  peopleFollowed: countRule,
  followedInPerson: partRule('peopleFollowed', 'le nombre de personnes suivies'),
  followedByPhone: partRule('peopleFollowed', 'le nombre de personnes suivies'),
  followedByVideo: partRule('peopleFollowed', 'le nombre de personnes suivies'),
  needsText: (text: string) =>
    text.length > MAX_NEEDS_TEXT ? `Au plus ${MAX_NEEDS_TEXT} caractères.` : null,
};
