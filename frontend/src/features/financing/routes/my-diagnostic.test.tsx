import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, problemResponse } from '@/testing/http';
import {
  DIAGNOSTIC_ID,
  DRAFT,
  FOLLOW_UP_DAY,
  ORIENTED,
  REFERENCE_ROUTES,
  SUBMITTED,
  renderFinancingRoute,
  tagged,
} from '../testing/fixtures';
import { formatDay } from '../utils/format';
import { MyDiagnosticRoute } from './my-diagnostic';

const DETAIL = `GET /api/v1/financing-diagnostics/${DIAGNOSTIC_ID}`;
const SAVE = `PUT /api/v1/financing-diagnostics/${DIAGNOSTIC_ID}`;
const SUBMIT = `POST /api/v1/financing-diagnostics/${DIAGNOSTIC_ID}/submit`;

/** Text as Intl writes it (no-break and narrow no-break spaces) read with plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function renderDiagnostic() {
  return renderFinancingRoute(<MyDiagnosticRoute />, {
    path: '/diagnostic-financier/:id',
    initialEntry: `/diagnostic-financier/${DIAGNOSTIC_ID}`,
  });
}

/** The figure's card: its label, value, formula and values. */
function figureCard(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: 'dt' });
  const card = term.closest('.mantine-Paper-root');
  if (!(card instanceof HTMLElement)) throw new Error(`no card for ${label}`);
  return card;
}

describe('the structure’s diagnostic', { timeout: 30_000 }, () => {
  it('shows_the_form_in_four_sections_and_each_figure_with_its_formula', async () => {
    mockFetch({ ...REFERENCE_ROUTES, [DETAIL]: () => tagged(DRAFT) });
    renderDiagnostic();

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Diagnostic financier — Les Jardins de Cocagne',
      }),
    ).toBeInTheDocument();
    for (const section of [
      '1. Activité',
      '2. Trésorerie à 3 mois',
      '3. Aides déjà obtenues',
      '4. Effectifs',
    ]) {
      expect(screen.getByRole('group', { name: section })).toBeInTheDocument();
    }
    expect(screen.getByRole('textbox', { name: 'Chiffre d’affaires de l’an dernier' })).toHaveValue(
      '200000',
    );
    expect(
      screen.getByRole('textbox', { name: 'Perte de chiffre d’affaires attendue' }),
    ).toHaveValue('35');

    const expected = figureCard('Chiffre d’affaires attendu');
    expect(plain(expected.textContent)).toContain('130 000 €');
    expect(plain(expected.textContent)).toContain(
      'Calcul : chiffre d’affaires de l’an dernier × (1 − perte attendue)',
    );
    expect(plain(expected.textContent)).toContain('soit 200 000 € × (1 − 35 %)');
    expect(plain(figureCard('Mois de trésorerie').textContent)).toContain('0,55 mois');
    expect(plain(figureCard('Trésorerie nette à 3 mois').textContent)).toContain(
      'soit 15 000 € + 8 000 € − 20 000 €',
    );

    // The risk level in words, never its code.
    expect(screen.getAllByText('Risque critique').length).toBeGreaterThan(0);
    expect(screen.queryByText(/CRITICAL/)).not.toBeInTheDocument();
    const recommendations = screen.getByRole('region', { name: 'Aides recommandées' });
    expect(within(recommendations).getByText('Prêt garanti par l’État (PGE)')).toBeVisible();
    expect(plain(recommendations.textContent)).toContain('Montant indicatif : jusqu’à 50 000 €');
    expect(plain(recommendations.textContent)).toContain(
      'Pas de montant indicatif : à préciser avec l’animateur.',
    );
    expect(within(recommendations).getByText(/PGE obtenu : 0/)).toBeVisible();
    // What is still missing before sending, by name.
    expect(screen.getByRole('link', { name: 'Effectif permanent' })).toHaveAttribute(
      'href',
      '#diagnostic-permanentHeadcount',
    );
  });

  it('saves_the_draft_with_if_match_and_shows_the_figures_recomputed', async () => {
    const saved = {
      ...DRAFT,
      inputs: { ...DRAFT.inputs, cashOnHand: 40000 },
      figures: {
        ...DRAFT.figures,
        netCash3m: 28000,
        runwayMonths: 5.09,
        riskLevel: 'MEDIUM' as const,
      },
      version: 4,
    };
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      [DETAIL]: () => tagged(DRAFT),
      [SAVE]: () => tagged(saved),
    });
    const { user } = renderDiagnostic();

    const cash = await screen.findByRole('textbox', { name: 'Trésorerie disponible' });
    await user.clear(cash);
    await user.type(cash, '40 000');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et recalculer' }));

    expect(await screen.findByText(/Brouillon enregistré/)).toBeInTheDocument();
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(await put?.json()).toEqual({ ...DRAFT.inputs, cashOnHand: 40000 });
    await waitFor(() =>
      expect(plain(figureCard('Trésorerie nette à 3 mois').textContent)).toContain('28 000 €'),
    );
    expect(plain(figureCard('Mois de trésorerie').textContent)).toContain('5,09 mois');
    expect(screen.getAllByText('Risque moyen').length).toBeGreaterThan(0);
  });

  it('refuses_a_negative_amount_with_its_message_keeps_what_was_typed_and_focuses_it', async () => {
    const { calls } = mockFetch({ ...REFERENCE_ROUTES, [DETAIL]: () => tagged(DRAFT) });
    const { user } = renderDiagnostic();

    const debts = await screen.findByRole('textbox', { name: 'Dettes à payer sous 3 mois' });
    await user.clear(debts);
    await user.type(debts, '-40');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et recalculer' }));

    expect(await screen.findByText('Saisissez un nombre positif.')).toBeInTheDocument();
    expect(debts).toHaveValue('-40');
    await waitFor(() => expect(debts).toHaveFocus());
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);
  });

  it('puts_the_api_field_errors_on_their_fields_and_focuses_the_first', async () => {
    mockFetch({
      ...REFERENCE_ROUTES,
      [DETAIL]: () => tagged(DRAFT),
      [SAVE]: () =>
        problemResponse(400, {
          type: 'https://relance-iae.fr/problems/validation',
          title: 'Requête invalide',
          errors: [
            {
              field: 'variableCostRatePct',
              message: 'Le taux de charges variables doit être inférieur à 100 %.',
            },
            { field: 'insertionFte', message: 'Deux décimales au plus.' },
          ],
        }),
    });
    const { user } = renderDiagnostic();

    await user.click(await screen.findByRole('button', { name: 'Enregistrer et recalculer' }));

    const rate = screen.getByRole('textbox', { name: 'Taux de charges variables' });
    expect(
      await screen.findByText('Le taux de charges variables doit être inférieur à 100 %.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Deux décimales au plus.')).toBeInTheDocument();
    await waitFor(() => expect(rate).toHaveFocus());
    expect(screen.getByRole('alert', { name: '2 champs à corriger' })).toBeInTheDocument();
  });

  it('sends_the_diagnostic_and_puts_what_is_missing_on_its_fields', async () => {
    let attempt = 0;
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      [DETAIL]: () => tagged(DRAFT),
      [SAVE]: () => tagged({ ...DRAFT, inputs: { ...DRAFT.inputs, permanentHeadcount: 4 } }),
      [SUBMIT]: () => {
        attempt += 1;
        return attempt === 1
          ? problemResponse(400, {
              type: 'https://relance-iae.fr/problems/validation',
              title: 'Requête invalide',
              errors: [
                { field: 'insertionFte', message: 'À renseigner pour soumettre le diagnostic.' },
              ],
            })
          : tagged(SUBMITTED);
      },
    });
    const { user } = renderDiagnostic();

    const headcount = await screen.findByRole('textbox', { name: 'Effectif permanent' });
    await user.type(headcount, '4');
    await user.click(screen.getByRole('button', { name: 'Envoyer le diagnostic' }));

    const fte = screen.getByRole('textbox', { name: 'Salariés en insertion (ETP)' });
    expect(
      await screen.findByText('À renseigner pour soumettre le diagnostic.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(fte).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Envoyer le diagnostic' }));
    expect(await screen.findByText(/Diagnostic envoyé : un animateur/)).toBeInTheDocument();
    // The page now shows what was sent, read only.
    expect(await screen.findByRole('region', { name: 'Informations déclarées' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Envoyer le diagnostic' })).not.toBeInTheDocument();
    // Saved once (the headcount typed), then sent twice.
    expect(calls.filter((call) => call.method === 'PUT')).toHaveLength(1);
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(2);
  });

  it('offers_to_reload_when_someone_saved_first', async () => {
    mockFetch({
      ...REFERENCE_ROUTES,
      [DETAIL]: () => tagged(DRAFT),
      [SAVE]: () =>
        problemResponse(412, {
          type: 'https://relance-iae.fr/problems/precondition-failed',
          title: 'Version périmée',
        }),
    });
    const { user } = renderDiagnostic();

    await user.click(await screen.findByRole('button', { name: 'Enregistrer et recalculer' }));
    expect(await screen.findByRole('button', { name: 'Recharger la fiche' })).toBeVisible();
  });

  it('shows_the_structure_the_orientation_chosen_in_words', async () => {
    mockFetch({ ...REFERENCE_ROUTES, [DETAIL]: () => tagged(ORIENTED) });
    renderDiagnostic();

    const orientation = await screen.findByRole('region', { name: 'Orientation de l’animateur' });
    expect(within(orientation).getByText('Dispositif local d’accompagnement (DLA)')).toBeVisible();
    expect(within(orientation).getByText('Prêt garanti par l’État (PGE)')).toBeVisible();
    expect(within(orientation).getByText(/Contactez le DLA de Seine-Saint-Denis/)).toBeVisible();
    expect(within(orientation).getByText(formatDay(FOLLOW_UP_DAY))).toBeVisible();
    expect(screen.getAllByText('Orienté').length).toBeGreaterThan(0);
    // The review belongs to the facilitators.
    expect(screen.queryByText('Appelée le 1er décembre.')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Examen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('abandons_its_draft_after_confirmation', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      [DETAIL]: () => tagged(DRAFT),
      [`POST /api/v1/financing-diagnostics/${DIAGNOSTIC_ID}/close`]: () =>
        tagged({ ...DRAFT, status: 'CLOSED', version: 4 }),
    });
    const { user } = renderDiagnostic();

    await user.click(await screen.findByRole('button', { name: 'Abandonner ce brouillon' }));
    const dialog = await screen.findByRole('dialog', { name: 'Abandonner ce brouillon' });
    await user.click(within(dialog).getByRole('button', { name: 'Oui, abandonner le brouillon' }));

    expect(await screen.findByText(/Brouillon abandonné/)).toBeInTheDocument();
    const close = calls.find((call) => call.method === 'POST');
    expect(close?.headers.get('If-Match')).toBe('"3"');
    expect(await screen.findByText(/Clos : ce diagnostic est terminé/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Envoyer le diagnostic' })).not.toBeInTheDocument();
  });

  it('says_what_to_do_when_the_diagnostic_is_not_found', async () => {
    mockFetch({ ...REFERENCE_ROUTES });
    renderDiagnostic();

    expect(await screen.findByText('Diagnostic introuvable')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vos diagnostics' })).toHaveAttribute(
      'href',
      '/diagnostic-financier',
    );
  });
});
