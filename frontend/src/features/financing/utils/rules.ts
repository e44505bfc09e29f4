import { formatEuros } from './format';
import { RISK_LABELS, type RiskLevel } from './labels';

/**
 * The rules' JSON language in French, for the admin's list: « risque au moins moyen et PGE
 * obtenu égal à 0 ». The JSON stays what is edited; this only helps read it.
 */

/** The names a rule may use (the server's RuleField), as the object of a sentence. */
export const RULE_FIELD_NOUNS: Record<string, string> = {
  lastYearRevenue: 'chiffre d’affaires de l’an dernier',
  revenueLossPct: 'perte de chiffre d’affaires (%)',
  variableCostRatePct: 'taux de charges variables (%)',
  monthlyFixedCosts: 'charges fixes mensuelles',
  cashOnHand: 'trésorerie disponible',
  receivablesDue3m: 'créances à 3 mois',
  debtsDue3m: 'dettes à 3 mois',
  shortTimeWork: 'activité partielle déjà utilisée',
  pgeAmount: 'PGE obtenu',
  solidarityFundAmount: 'fonds de solidarité obtenu',
  fdiAmount: 'aide du FDI obtenue',
  deferredChargesAmount: 'charges déjà reportées',
  permanentHeadcount: 'effectif permanent',
  insertionFte: 'ETP en insertion',
  kind: 'type de structure',
  totalHeadcount: 'effectif total (permanents et ETP en insertion)',
  expectedRevenue: 'chiffre d’affaires attendu',
  monthlyResult: 'résultat mensuel',
  netCash3m: 'trésorerie nette à 3 mois',
  runwayMonths: 'mois de trésorerie',
  breakEvenRevenue: 'chiffre d’affaires du point mort',
  riskLevel: 'niveau de risque',
};

const MONEY_FIELDS = new Set([
  'lastYearRevenue',
  'monthlyFixedCosts',
  'cashOnHand',
  'receivablesDue3m',
  'debtsDue3m',
  'pgeAmount',
  'solidarityFundAmount',
  'fdiAmount',
  'deferredChargesAmount',
  'expectedRevenue',
  'monthlyResult',
  'netCash3m',
  'breakEvenRevenue',
]);

const OPERATORS: Record<string, string> = {
  '<': 'inférieur à',
  '<=': 'au plus',
  '>': 'supérieur à',
  '>=': 'au moins',
  '=': 'égal à',
  '!=': 'différent de',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function noun(field: unknown): string {
  return typeof field === 'string' ? (RULE_FIELD_NOUNS[field] ?? field) : '?';
}

function valueText(field: unknown, value: unknown, kindLabel: (code: string) => string): string {
  if (isRecord(value) && 'field' in value) return noun(value.field);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (field === 'riskLevel' && typeof value === 'string' && value in RISK_LABELS) {
    return RISK_LABELS[value as RiskLevel];
  }
  if (field === 'kind' && typeof value === 'string') return kindLabel(value);
  if (typeof value === 'number') {
    return typeof field === 'string' && MONEY_FIELDS.has(field)
      ? formatEuros(value)
      : value.toLocaleString('fr-FR');
  }
  return String(value);
}

/** A condition in words; nested groups in parentheses. */
export function describeCondition(
  condition: unknown,
  kindLabel: (code: string) => string = (code) => code,
  nested = false,
): string {
  if (!isRecord(condition)) return '?';
  for (const [key, word] of [
    ['all', ' et '],
    ['any', ' ou '],
  ] as const) {
    const parts = condition[key];
    if (Array.isArray(parts)) {
      const text = parts.map((part) => describeCondition(part, kindLabel, true)).join(word);
      return nested && parts.length > 1 ? `(${text})` : text;
    }
  }
  const field = condition.field;
  if (Array.isArray(condition.in)) {
    return `${noun(field)} parmi ${condition.in.map((value) => valueText(field, value, kindLabel)).join(', ')}`;
  }
  if (field === 'shortTimeWork' && condition.op === '=' && typeof condition.value === 'boolean') {
    return condition.value
      ? 'activité partielle déjà utilisée'
      : 'activité partielle pas encore utilisée';
  }
  const op = typeof condition.op === 'string' ? (OPERATORS[condition.op] ?? condition.op) : '?';
  return `${noun(field)} ${op} ${valueText(field, condition.value, kindLabel)}`;
}

const FORMULA_WORDS: Record<string, string> = {
  add: ' + ',
  sub: ' − ',
  mul: ' × ',
  div: ' ÷ ',
};

/** An amount formula in words: « chiffre d’affaires de l’an dernier × 0,25 », « 22 500 € ». */
export function describeAmountFormula(formula: unknown, nested = false): string {
  if (formula === null || formula === undefined) return 'Pas de montant';
  if (typeof formula === 'number')
    return nested ? formula.toLocaleString('fr-FR') : formatEuros(formula);
  if (!isRecord(formula)) return '?';
  if ('field' in formula) return noun(formula.field);
  if (typeof formula.const === 'number') return describeAmountFormula(formula.const, nested);
  for (const [key, terms] of Object.entries(formula)) {
    if (!Array.isArray(terms)) continue;
    const parts = terms.map((term) => describeAmountFormula(term, true));
    const word = FORMULA_WORDS[key];
    if (word) {
      const text = parts.join(word);
      return nested && parts.length > 1 ? `(${text})` : text;
    }
    if (key === 'min') return `le plus petit de ${parts.join(', ')}`;
    if (key === 'max') return `le plus grand de ${parts.join(', ')}`;
  }
  return '?';
}

/** A condition as the API takes it: a JSON object, or the message that refuses what was typed. */
export function conditionOf(
  text: string,
): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: false, message: 'Saisissez la condition de la règle.' };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  return isRecord(parsed.value)
    ? { ok: true, value: parsed.value }
    : {
        ok: false,
        message: 'La condition est un objet JSON entre accolades, par exemple {"all": [...]}.',
      };
}

/** An amount formula as the API takes it (none when empty), or the message that refuses it. */
export function amountOf(
  text: string,
):
  | { ok: true; value: number | Record<string, unknown> | undefined }
  | { ok: false; message: string } {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (value === null) return { ok: true, value: undefined };
  if (typeof value === 'number' || isRecord(value)) return { ok: true, value };
  return {
    ok: false,
    message:
      'Le montant est un nombre (22500) ou un objet JSON, par exemple {"field": "lastYearRevenue"}.',
  };
}

/** JSON as the editor shows it: indented, or empty for no value. */
export function jsonText(value: unknown): string {
  return value === null || value === undefined ? '' : JSON.stringify(value, null, 2);
}

/** The JSON typed, or the French message that refuses it. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      message: 'JSON illisible : vérifiez les accolades, les virgules et les guillemets.',
    };
  }
}
