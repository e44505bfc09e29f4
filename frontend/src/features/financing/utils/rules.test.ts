import { describe, expect, it } from 'vitest';
import { describeAmountFormula, describeCondition, parseJsonText } from './rules';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the rules in words', () => {
  it('reads_the_seed_rules_in_french', () => {
    expect(
      plain(
        describeCondition({
          all: [
            { field: 'riskLevel', op: '>=', value: 'MEDIUM' },
            { field: 'pgeAmount', op: '=', value: 0 },
          ],
        }),
      ),
    ).toBe('niveau de risque au moins moyen et PGE obtenu égal à 0 €');
    expect(
      describeCondition({
        any: [
          { field: 'revenueLossPct', op: '>=', value: 30 },
          { field: 'expectedRevenue', op: '<', value: { field: 'breakEvenRevenue' } },
        ],
      }),
    ).toBe(
      'perte de chiffre d’affaires (%) au moins 30 ou chiffre d’affaires attendu inférieur à chiffre d’affaires du point mort',
    );
    expect(
      describeCondition(
        { field: 'kind', in: ['ACI', 'EI'] },
        (code) => ({ ACI: 'Atelier', EI: 'Entreprise' })[code] ?? code,
      ),
    ).toBe('type de structure parmi Atelier, Entreprise');
    expect(describeCondition({ field: 'shortTimeWork', op: '=', value: false })).toBe(
      'activité partielle pas encore utilisée',
    );
  });

  it('reads_amount_formulas', () => {
    expect(describeAmountFormula({ mul: [{ field: 'lastYearRevenue' }, 0.25] })).toBe(
      'chiffre d’affaires de l’an dernier × 0,25',
    );
    expect(plain(describeAmountFormula(22500))).toBe('22 500 €');
    expect(describeAmountFormula(null)).toBe('Pas de montant');
    expect(
      describeAmountFormula({ min: [{ mul: [{ field: 'lastYearRevenue' }, 0.25] }, 22500] }),
    ).toBe('le plus petit de (chiffre d’affaires de l’an dernier × 0,25), 22\u202f500');
  });

  it('refuses_unreadable_json_in_french', () => {
    expect(parseJsonText('{"all": [}')).toEqual({
      ok: false,
      message: 'JSON illisible : vérifiez les accolades, les virgules et les guillemets.',
    });
    expect(parseJsonText('  ')).toEqual({ ok: true, value: null });
    expect(parseJsonText('22500')).toEqual({ ok: true, value: 22500 });
  });
});
