import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADMIN_USER } from '@/testing/test-utils';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import type { FinancingRuleView } from '../api/get-financing-rules';
import { REFERENCE_ROUTES, renderFinancingRoute } from '../testing/fixtures';
import { FinancingRulesRoute } from './financing-rules';

const RULE_ID = '88888888-8888-8888-8888-888888888888';

const PGE_RULE: FinancingRuleView = {
  id: RULE_ID,
  code: 'PGE_AT_RISK',
  label: 'Prêt garanti par l’État, jusqu’à 25 % du chiffre d’affaires de l’an dernier',
  instrument: 'PGE',
  instrumentLabel: 'Prêt garanti par l’État (PGE)',
  condition: {
    all: [
      { field: 'riskLevel', op: '>=', value: 'MEDIUM' },
      { field: 'pgeAmount', op: '=', value: 0 },
    ],
  },
  amount: { mul: [{ field: 'lastYearRevenue' }, 0.25] },
  active: true,
  position: 0,
  createdAt: '2026-12-01T09:00:00Z',
  updatedAt: '2026-12-01T09:00:00Z',
  version: 2,
};

const RULE = `PUT /api/v1/financing-rules/${RULE_ID}`;

function renderRules() {
  return renderFinancingRoute(<FinancingRulesRoute />, {
    path: '/admin/regles-financement',
    user: ADMIN_USER,
  });
}

describe('the financing rules', { timeout: 30_000 }, () => {
  it('lists_each_rule_in_words_with_its_instrument', async () => {
    mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/financing-rules': () => jsonResponse([PGE_RULE]),
    });
    renderRules();

    const rules = await screen.findByRole('list', { name: 'Règles' });
    expect(within(rules).getByText('Prêt garanti par l’État (PGE)')).toBeVisible();
    expect(rules.textContent.replace(/[\u00a0\u202f]/g, ' ')).toContain(
      'Quand : niveau de risque au moins moyen et PGE obtenu égal à 0 €',
    );
    expect(rules).toHaveTextContent(
      'Montant indicatif : chiffre d’affaires de l’an dernier × 0,25',
    );
  });

  it('puts_the_api_errors_on_the_condition_with_where_they_are', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/financing-rules': () => jsonResponse([PGE_RULE]),
      [RULE]: () =>
        problemResponse(400, {
          type: 'https://relance-iae.fr/problems/validation',
          title: 'Requête invalide',
          errors: [{ field: 'condition.all[0].op', message: 'Opérateur inconnu « => ».' }],
        }),
    });
    const { user } = renderRules();

    await user.click(
      await screen.findByRole('button', { name: `Modifier la règle « ${PGE_RULE.label} »` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Modifier la règle' });
    const condition = within(dialog).getByRole('textbox', { name: /Condition/ });
    // Unreadable JSON is refused before sending, with a French message.
    await user.clear(condition);
    await user.paste('{"field": "riskLevel"');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer la règle' }));
    expect(
      await within(dialog).findByText(
        'JSON illisible : vérifiez les accolades, les virgules et les guillemets.',
      ),
    ).toBeVisible();
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);

    await user.clear(condition);
    await user.paste('{"all": [{"field": "riskLevel", "op": "=>", "value": "MEDIUM"}]}');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer la règle' }));
    expect(
      await within(dialog).findByText('À all[0].op : Opérateur inconnu « => ».'),
    ).toBeVisible();
    await waitFor(() => expect(condition).toHaveFocus());
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"2"');
    expect(await put?.json()).toMatchObject({
      code: 'PGE_AT_RISK',
      instrument: 'PGE',
      condition: { all: [{ field: 'riskLevel', op: '=>', value: 'MEDIUM' }] },
      amount: { mul: [{ field: 'lastYearRevenue' }, 0.25] },
      active: true,
      position: 0,
    });
  });

  it('puts_a_rule_out_of_force_with_if_match', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/financing-rules': () => jsonResponse([PGE_RULE]),
      [RULE]: () => jsonResponse({ ...PGE_RULE, active: false, version: 3 }),
    });
    const { user } = renderRules();

    await user.click(
      await screen.findByRole('switch', { name: `Règle en vigueur : ${PGE_RULE.label}` }),
    );
    expect(await screen.findByText(/mise hors vigueur/)).toBeInTheDocument();
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"2"');
    expect(await put?.json()).toMatchObject({ active: false, code: 'PGE_AT_RISK' });
  });

  it('says_what_to_do_when_there_is_no_rule', async () => {
    mockFetch({ ...REFERENCE_ROUTES, 'GET /api/v1/financing-rules': () => jsonResponse([]) });
    renderRules();
    expect(
      await screen.findByText(/Aucune règle : les diagnostics ne recommandent aucune aide/),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Ajouter une règle' })).toBeVisible();
  });
});
