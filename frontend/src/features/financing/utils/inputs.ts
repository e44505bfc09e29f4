import type { Schema } from '@/lib/api/types';
import {
  numberTextError,
  numberText,
  parseNumberText,
  type NumberTextRule,
} from '@/lib/number-text';

/** The 14 inputs of a diagnostic, under the API's JSON names. */
export type NumberInputName =
  | 'lastYearRevenue'
  | 'revenueLossPct'
  | 'variableCostRatePct'
  | 'monthlyFixedCosts'
  | 'cashOnHand'
  | 'receivablesDue3m'
  | 'debtsDue3m'
  | 'pgeAmount'
  | 'solidarityFundAmount'
  | 'fdiAmount'
  | 'deferredChargesAmount'
  | 'permanentHeadcount'
  | 'insertionFte';
export type InputName = NumberInputName | 'shortTimeWork';

/** How a value is typed and shown: euros, a percentage, a headcount, full-time equivalents. */
export type InputUnit = 'euros' | 'percent' | 'headcount' | 'fte';

export interface NumberInputDefinition {
  name: NumberInputName;
  label: string;
  description: string;
  unit: InputUnit;
}

/** The inputs as they are typed: numbers kept as text (never rewritten), a yes/no as a choice. */
export type DiagnosticFormValues = Record<NumberInputName, string> & {
  /** '' while not answered. */
  shortTimeWork: '' | 'oui' | 'non';
};

/** What the API takes and gives: any input may be left out while a draft. */
export type DiagnosticInputValues = Schema<'FinancingDiagnosticInputs'>;

export interface InputSection {
  id: string;
  title: string;
  help: string;
  inputs: NumberInputDefinition[];
  /** The yes/no question of the aids section. */
  withShortTimeWork?: boolean;
}

/** The form in four short sections, each on its own at 390 px. */
export const INPUT_SECTIONS: InputSection[] = [
  {
    id: 'activite',
    title: '1. Activité',
    help: 'Le chiffre d’affaires de l’an dernier et ce que vous prévoyez de perdre cette année.',
    inputs: [
      {
        name: 'lastYearRevenue',
        label: 'Chiffre d’affaires de l’an dernier',
        description: 'Sur l’année complète, hors taxes, en euros.',
        unit: 'euros',
      },
      {
        name: 'revenueLossPct',
        label: 'Perte de chiffre d’affaires attendue',
        description: 'Par rapport à l’an dernier, en pourcentage (par exemple 35).',
        unit: 'percent',
      },
      {
        name: 'variableCostRatePct',
        label: 'Taux de charges variables',
        description:
          'La part du chiffre d’affaires consommée par les achats et les charges qui suivent l’activité (moins de 100 %).',
        unit: 'percent',
      },
      {
        name: 'monthlyFixedCosts',
        label: 'Charges fixes mensuelles',
        description: 'Loyers, salaires des permanents, assurances… par mois, en euros.',
        unit: 'euros',
      },
    ],
  },
  {
    id: 'tresorerie',
    title: '2. Trésorerie à 3 mois',
    help: 'Ce que vous avez aujourd’hui, ce qui doit rentrer et ce qui doit sortir dans les 3 mois.',
    inputs: [
      {
        name: 'cashOnHand',
        label: 'Trésorerie disponible',
        description: 'Le solde de vos comptes aujourd’hui, en euros.',
        unit: 'euros',
      },
      {
        name: 'receivablesDue3m',
        label: 'Créances à encaisser sous 3 mois',
        description: 'Factures clients et subventions attendues, en euros.',
        unit: 'euros',
      },
      {
        name: 'debtsDue3m',
        label: 'Dettes à payer sous 3 mois',
        description: 'Fournisseurs, charges sociales et fiscales, échéances d’emprunt, en euros.',
        unit: 'euros',
      },
    ],
  },
  {
    id: 'aides',
    title: '3. Aides déjà obtenues',
    help: 'Laissez vide un montant que vous n’avez pas obtenu : il compte pour zéro.',
    withShortTimeWork: true,
    inputs: [
      {
        name: 'pgeAmount',
        label: 'Prêt garanti par l’État (PGE) obtenu',
        description: 'Montant en euros.',
        unit: 'euros',
      },
      {
        name: 'solidarityFundAmount',
        label: 'Fonds de solidarité obtenu',
        description: 'Montant en euros.',
        unit: 'euros',
      },
      {
        name: 'fdiAmount',
        label: 'Aide du FDI obtenue',
        description: 'Fonds de développement de l’inclusion, montant en euros.',
        unit: 'euros',
      },
      {
        name: 'deferredChargesAmount',
        label: 'Charges sociales et fiscales déjà reportées',
        description: 'Montant en euros.',
        unit: 'euros',
      },
    ],
  },
  {
    id: 'effectifs',
    title: '4. Effectifs',
    help: 'Pré-remplis depuis la fiche de votre structure : corrigez-les s’ils ont changé.',
    inputs: [
      {
        name: 'permanentHeadcount',
        label: 'Effectif permanent',
        description: 'Le nombre de salariés permanents (nombre entier).',
        unit: 'headcount',
      },
      {
        name: 'insertionFte',
        label: 'Salariés en insertion (ETP)',
        description: 'En équivalents temps plein, par exemple 12,5.',
        unit: 'fte',
      },
    ],
  },
];

export const NUMBER_INPUTS: NumberInputDefinition[] = INPUT_SECTIONS.flatMap(
  (section) => section.inputs,
);

export const SHORT_TIME_WORK_LABEL = 'Activité partielle déjà utilisée';

/** Every input's French name, e.g. for the list of what is missing before sending. */
export const INPUT_LABELS: Record<InputName, string> = {
  ...(Object.fromEntries(NUMBER_INPUTS.map((input) => [input.name, input.label])) as Record<
    NumberInputName,
    string
  >),
  shortTimeWork: SHORT_TIME_WORK_LABEL,
};

export function isInputName(name: string): name is InputName {
  return name in INPUT_LABELS;
}

/** The symbol shown after the value in the field. */
export const UNIT_SYMBOLS: Record<InputUnit, string | null> = {
  euros: '€',
  percent: '%',
  headcount: null,
  fte: 'ETP',
};

const RULES: Record<InputUnit, NumberTextRule> = {
  euros: { min: 0, decimals: 2 },
  percent: { min: 0, max: 100, decimals: 2 },
  headcount: { min: 0, integer: true },
  fte: { min: 0, decimals: 2 },
};

export const VARIABLE_COST_RATE_TOO_HIGH =
  'Le taux de charges variables doit être inférieur à 100 % : sinon rien ne couvre les charges fixes.';

/**
 * What is wrong with a typed value, in French, or null (an empty field is fine in a draft).
 * A number out of range is refused, never corrected: "-40" stays "-40" with its message.
 */
export function inputError(name: NumberInputName, text: string): string | null {
  const definition = NUMBER_INPUTS.find((input) => input.name === name);
  if (!definition) return null;
  const error = numberTextError(text, RULES[definition.unit]);
  if (error !== null) return error;
  if (name === 'variableCostRatePct' && (parseNumberText(text) ?? 0) >= 100) {
    return VARIABLE_COST_RATE_TOO_HIGH;
  }
  return null;
}

/** The errors of every typed value, by field name (empty when all are acceptable). */
export function validateInputs(values: DiagnosticFormValues): Partial<Record<InputName, string>> {
  const errors: Partial<Record<InputName, string>> = {};
  for (const { name } of NUMBER_INPUTS) {
    const error = inputError(name, values[name]);
    if (error !== null) errors[name] = error;
  }
  return errors;
}

/** The form's values from the diagnostic's inputs as saved. */
export function formValuesOf(
  inputs: DiagnosticInputValues | null | undefined,
): DiagnosticFormValues {
  const values = Object.fromEntries(
    NUMBER_INPUTS.map(({ name }) => [name, numberText(inputs?.[name])]),
  ) as Record<NumberInputName, string>;
  const shortTimeWork = inputs?.shortTimeWork;
  return {
    ...values,
    shortTimeWork: shortTimeWork === true ? 'oui' : shortTimeWork === false ? 'non' : '',
  };
}

/**
 * The inputs to send (validated first). An empty field is left out: the draft's inputs are
 * replaced as a whole, so what is left out is not known (any more).
 */
export function inputsOf(values: DiagnosticFormValues): DiagnosticInputValues {
  const inputs: DiagnosticInputValues = {};
  for (const { name } of NUMBER_INPUTS) {
    const value = parseNumberText(values[name]);
    if (value !== undefined) inputs[name] = value;
  }
  if (values.shortTimeWork !== '') inputs.shortTimeWork = values.shortTimeWork === 'oui';
  return inputs;
}
