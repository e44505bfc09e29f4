import { describe, expect, it } from 'vitest';
import { FIGURES, noCashBurn, type DiagnosticFigureValues } from './figures';

const figure = (name: string) => {
  const found = FIGURES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(name);
  return found;
};

const INPUTS = {
  lastYearRevenue: 200000,
  revenueLossPct: 35,
  variableCostRatePct: 40,
  monthlyFixedCosts: 12000,
  cashOnHand: 15000,
  receivablesDue3m: 8000,
  debtsDue3m: 20000,
};

const FIGURE_VALUES: DiagnosticFigureValues = {
  expectedRevenue: 130000,
  monthlyResult: -5500,
  netCash3m: 3000,
  runwayMonths: 0.55,
  breakEvenRevenue: 240000,
  riskLevel: 'CRITICAL',
};

/** Spaces as Intl writes them (no-break, narrow no-break) read as plain spaces. */
const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

describe('the figures and their formulas', () => {
  it('shows_each_formula_with_the_values_used', () => {
    expect(plain(figure('expectedRevenue').withValues(INPUTS, FIGURE_VALUES))).toBe(
      '200 000 € × (1 − 35 %)',
    );
    expect(plain(figure('monthlyResult').withValues(INPUTS, FIGURE_VALUES))).toBe(
      '130 000 € ÷ 12 × (1 − 40 %) − 12 000 €',
    );
    expect(plain(figure('netCash3m').withValues(INPUTS, FIGURE_VALUES))).toBe(
      '15 000 € + 8 000 € − 20 000 €',
    );
    expect(plain(figure('runwayMonths').withValues(INPUTS, FIGURE_VALUES))).toBe(
      '3 000 € ÷ 5 500 €',
    );
    expect(plain(figure('breakEvenRevenue').withValues(INPUTS, FIGURE_VALUES))).toBe(
      '12 × 12 000 € ÷ (1 − 40 %)',
    );
    expect(plain(figure('runwayMonths').shown(FIGURE_VALUES))).toBe('0,55 mois');
  });

  it('counts_a_negative_net_cash_as_zero_months', () => {
    expect(
      plain(figure('runwayMonths').withValues(INPUTS, { ...FIGURE_VALUES, netCash3m: -4000 })),
    ).toBe('0 € ÷ 5 500 €');
  });

  it('says_there_is_no_cash_burn_when_the_monthly_result_is_not_negative', () => {
    const figures = { ...FIGURE_VALUES, monthlyResult: 0 };
    delete figures.runwayMonths;
    expect(noCashBurn(figures)).toBe(true);
    expect(noCashBurn({ ...figures, noCashBurn: true })).toBe(true);
    expect(noCashBurn({ ...FIGURE_VALUES, noCashBurn: false })).toBe(false);
    expect(figure('runwayMonths').shown(figures)).toBe('Pas de consommation de trésorerie');
  });

  it('leaves_a_figure_to_compute_while_an_input_is_missing', () => {
    expect(figure('expectedRevenue').shown({})).toBeNull();
    expect(figure('expectedRevenue').withValues({ lastYearRevenue: 1000 }, {})).toBeNull();
    expect(noCashBurn({})).toBe(false);
  });

  it('writes_cents_only_when_there_are_some', () => {
    expect(plain(figure('monthlyResult').shown({ monthlyResult: -1234.5 }))).toBe('-1 234,50 €');
  });
});
