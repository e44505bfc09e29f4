import { describe, expect, it } from 'vitest';
import {
  INPUT_SECTIONS,
  NUMBER_INPUTS,
  VARIABLE_COST_RATE_TOO_HIGH,
  formValuesOf,
  inputError,
  inputsOf,
  validateInputs,
} from './inputs';

describe('the inputs of a diagnostic', () => {
  it('has_the_fourteen_inputs_of_the_issue_in_four_sections', () => {
    expect(NUMBER_INPUTS).toHaveLength(13);
    expect(INPUT_SECTIONS.filter((section) => section.withShortTimeWork)).toHaveLength(1);
    expect(INPUT_SECTIONS.map((section) => section.title)).toEqual([
      '1. Activité',
      '2. Trésorerie à 3 mois',
      '3. Aides déjà obtenues',
      '4. Effectifs',
    ]);
  });

  it('refuses_a_negative_amount_with_a_message_and_never_rewrites_it', () => {
    expect(inputError('cashOnHand', '-40')).toBe('Saisissez un nombre positif.');
    const values = { ...formValuesOf(null), cashOnHand: '-40' };
    expect(validateInputs(values)).toEqual({ cashOnHand: 'Saisissez un nombre positif.' });
    expect(values.cashOnHand).toBe('-40');
  });

  it('takes_french_writing_of_amounts_and_two_decimals_at_most', () => {
    expect(inputError('lastYearRevenue', '1 250 000,50')).toBeNull();
    expect(inputError('lastYearRevenue', '12,345')).toBe(
      'Saisissez au plus 2 chiffres après la virgule.',
    );
    expect(
      inputsOf({ ...formValuesOf(null), lastYearRevenue: '1\u202f250\u202f000,50' }),
    ).toMatchObject({ lastYearRevenue: 1250000.5 });
  });

  it('keeps_percentages_between_0_and_100_and_the_variable_cost_rate_below_100', () => {
    expect(inputError('revenueLossPct', '100')).toBeNull();
    expect(inputError('revenueLossPct', '101')).toBe(
      'Saisissez un nombre inférieur ou égal à 100.',
    );
    expect(inputError('variableCostRatePct', '99,99')).toBeNull();
    expect(inputError('variableCostRatePct', '100')).toBe(VARIABLE_COST_RATE_TOO_HIGH);
  });

  it('wants_a_whole_permanent_headcount_but_accepts_decimal_insertion_fte', () => {
    expect(inputError('permanentHeadcount', '3,5')).toBe('Saisissez un nombre entier.');
    expect(inputError('insertionFte', '12,5')).toBeNull();
  });

  it('leaves_empty_fields_out_and_reads_them_back_empty', () => {
    const inputs = inputsOf(formValuesOf(null));
    expect(inputs).toEqual({});
    const values = formValuesOf({ ...inputs, revenueLossPct: 35.5, shortTimeWork: false });
    expect(values.revenueLossPct).toBe('35,5');
    expect(values.shortTimeWork).toBe('non');
    expect(values.lastYearRevenue).toBe('');
    expect(inputsOf(values)).toMatchObject({ revenueLossPct: 35.5, shortTimeWork: false });
  });
});
