import { formatEuros, formatMonths, formatPercent } from './format';
import type { DiagnosticInputValues } from './inputs';
import type { Schema } from '@/lib/api/types';

/**
 * The figures the server computes from the inputs (each left out while an input it needs is
 * missing); partial so that a figure can be described on its own.
 */
export type DiagnosticFigureValues = Partial<Schema<'FinancingDiagnosticFigures'>>;

export type FigureName = Exclude<keyof DiagnosticFigureValues, 'riskLevel' | 'noCashBurn'>;

type Inputs = DiagnosticInputValues;

export interface FigureDefinition {
  name: FigureName;
  label: string;
  /** The formula in words, shown next to the figure. */
  formula: string;
  /** The same formula with the values used, once they are all known. */
  withValues: (inputs: Inputs, figures: DiagnosticFigureValues) => string | null;
  /** The figure as shown; `null` when it cannot be computed yet. */
  shown: (figures: DiagnosticFigureValues) => string | null;
  /** What to do while it cannot be computed. */
  missing: string;
}

const MINUS = '\u2212';

type Maybe = number | undefined;

function known(value: Maybe): value is number {
  return value !== undefined;
}

function euros(value: number | undefined): string | null {
  return value === undefined ? null : formatEuros(value);
}

/** "(1 − 35 %)" */
function oneMinus(percent: number): string {
  return `(1 ${MINUS} ${formatPercent(percent)})`;
}

/** True when the monthly result is known and not negative: then there is no runway to count. */
export function noCashBurn(figures: DiagnosticFigureValues): boolean {
  if (figures.noCashBurn !== undefined) return figures.noCashBurn;
  return (
    figures.monthlyResult !== undefined &&
    figures.monthlyResult >= 0 &&
    figures.runwayMonths === undefined
  );
}

/** The five figures, each with its formula (the formulas, in French). */
export const FIGURES: FigureDefinition[] = [
  {
    name: 'expectedRevenue',
    label: 'Chiffre d’affaires attendu',
    formula: `chiffre d’affaires de l’an dernier × (1 ${MINUS} perte attendue)`,
    withValues: ({ lastYearRevenue, revenueLossPct }) =>
      known(lastYearRevenue) && known(revenueLossPct)
        ? `${formatEuros(lastYearRevenue)} × ${oneMinus(revenueLossPct)}`
        : null,
    shown: (figures) => euros(figures.expectedRevenue),
    missing:
      'Renseignez le chiffre d’affaires de l’an dernier et la perte attendue, puis enregistrez.',
  },
  {
    name: 'monthlyResult',
    label: 'Résultat mensuel',
    formula: `chiffre d’affaires attendu ÷ 12 × (1 ${MINUS} taux de charges variables) ${MINUS} charges fixes mensuelles`,
    withValues: ({ variableCostRatePct, monthlyFixedCosts }, { expectedRevenue }) =>
      known(expectedRevenue) && known(variableCostRatePct) && known(monthlyFixedCosts)
        ? `${formatEuros(expectedRevenue)} ÷ 12 × ${oneMinus(variableCostRatePct)} ${MINUS} ${formatEuros(monthlyFixedCosts)}`
        : null,
    shown: (figures) => euros(figures.monthlyResult),
    missing:
      'Renseignez aussi le taux de charges variables et les charges fixes mensuelles, puis enregistrez.',
  },
  {
    name: 'netCash3m',
    label: 'Trésorerie nette à 3 mois',
    formula: `trésorerie disponible + créances à 3 mois ${MINUS} dettes à 3 mois`,
    withValues: ({ cashOnHand, receivablesDue3m, debtsDue3m }) =>
      known(cashOnHand) && known(receivablesDue3m) && known(debtsDue3m)
        ? `${formatEuros(cashOnHand)} + ${formatEuros(receivablesDue3m)} ${MINUS} ${formatEuros(debtsDue3m)}`
        : null,
    shown: (figures) => euros(figures.netCash3m),
    missing: 'Renseignez la trésorerie, les créances et les dettes à 3 mois, puis enregistrez.',
  },
  {
    name: 'runwayMonths',
    label: 'Mois de trésorerie',
    formula:
      'trésorerie nette à 3 mois (zéro si elle est négative) ÷ perte mensuelle, quand le résultat mensuel est négatif',
    withValues: (_inputs, { netCash3m, monthlyResult }) => {
      if (!known(netCash3m) || !known(monthlyResult)) return null;
      if (monthlyResult >= 0) return 'le résultat mensuel n’est pas négatif';
      return `${formatEuros(Math.max(netCash3m, 0))} ÷ ${formatEuros(-monthlyResult)}`;
    },
    shown: (figures) =>
      noCashBurn(figures)
        ? 'Pas de consommation de trésorerie'
        : figures.runwayMonths === undefined
          ? null
          : formatMonths(figures.runwayMonths),
    missing:
      'Le résultat mensuel et la trésorerie nette sont nécessaires : complétez les sections 1 et 2.',
  },
  {
    name: 'breakEvenRevenue',
    label: 'Chiffre d’affaires du point mort',
    formula: `12 × charges fixes mensuelles ÷ (1 ${MINUS} taux de charges variables)`,
    withValues: ({ monthlyFixedCosts, variableCostRatePct }) =>
      known(monthlyFixedCosts) && known(variableCostRatePct)
        ? `12 × ${formatEuros(monthlyFixedCosts)} ÷ ${oneMinus(variableCostRatePct)}`
        : null,
    shown: (figures) => euros(figures.breakEvenRevenue),
    missing:
      'Renseignez les charges fixes mensuelles et le taux de charges variables, puis enregistrez.',
  },
];
