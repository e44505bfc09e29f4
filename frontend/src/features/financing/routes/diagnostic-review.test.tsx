import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, problemResponse } from '@/testing/http';
import {
  COLLEAGUE,
  DIAGNOSTIC_ID,
  FACILITATOR,
  FACILITATOR_ROUTES,
  FOLLOW_UP_DAY,
  IN_REVIEW,
  ORIENTED,
  REFERENCE_ROUTES,
  SUBMITTED,
  renderFinancingRoute,
  tagged,
} from '../testing/fixtures';
import type { DiagnosticView } from '../api/get-diagnostic';
import { DiagnosticReviewRoute } from './diagnostic-review';

const DETAIL = `GET /api/v1/financing-diagnostics/${DIAGNOSTIC_ID}`;
const ACTION = (action: string) => `POST /api/v1/financing-diagnostics/${DIAGNOSTIC_ID}/${action}`;

function renderReview() {
  return renderFinancingRoute(<DiagnosticReviewRoute />, {
    path: '/diagnostics/:id',
    initialEntry: `/diagnostics/${DIAGNOSTIC_ID}`,
    user: FACILITATOR,
  });
}

describe('the facilitator’s review of a diagnostic', { timeout: 30_000 }, () => {
  it('takes_a_submitted_diagnostic_with_notes', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      [DETAIL]: () => tagged(SUBMITTED),
      [ACTION('review')]: () => tagged(IN_REVIEW),
    });
    const { user } = renderReview();

    const review = await screen.findByRole('region', { name: 'Examen' });
    expect(within(review).getByText('Personne pour l’instant')).toBeVisible();
    expect(screen.getByText(/Prenez d’abord le diagnostic en charge/)).toBeVisible();
    await user.type(
      within(review).getByRole('textbox', { name: /Notes d’examen/ }),
      'Rappeler lundi',
    );
    await user.click(within(review).getByRole('button', { name: 'Prendre en charge' }));

    expect(await screen.findByText('Vous suivez maintenant ce diagnostic.')).toBeInTheDocument();
    const post = calls.find((call) => call.method === 'POST');
    expect(await post?.json()).toEqual({ assigneeUserId: FACILITATOR.id, notes: 'Rappeler lundi' });
    // In review, mine: the orientation is offered.
    expect(await screen.findByRole('region', { name: 'Orienter la structure' })).toBeVisible();
    expect(
      within(screen.getByRole('region', { name: 'Examen' })).getByText(/Fanny Animatrice/, {
        selector: 'dd',
      }),
    ).toBeVisible();
  });

  it('gives_a_submitted_diagnostic_to_another_facilitator', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      ...FACILITATOR_ROUTES,
      [DETAIL]: () => tagged(SUBMITTED),
      [ACTION('review')]: () =>
        tagged({ ...IN_REVIEW, assigneeUserId: COLLEAGUE.id, assigneeName: COLLEAGUE.displayName }),
    });
    const { user } = renderReview();

    const review = await screen.findByRole('region', { name: 'Examen' });
    await user.click(within(review).getByRole('combobox', { name: 'Attribuer à…' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Moi (Fanny Animatrice)',
      'Nadia Lefèvre',
    ]);
    await user.click(screen.getByRole('option', { name: 'Nadia Lefèvre' }));
    await user.click(within(review).getByRole('button', { name: 'Attribuer le diagnostic' }));

    expect(
      await screen.findByText('Diagnostic attribué à Nadia Lefèvre : un e-mail l’en prévient.'),
    ).toBeInTheDocument();
    const post = calls.find((call) => call.method === 'POST');
    expect(await post?.json()).toEqual({ assigneeUserId: COLLEAGUE.id });
  });

  it('orients_with_instruments_among_the_recommendations_a_comment_and_a_date', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      [DETAIL]: () => tagged(IN_REVIEW),
      [ACTION('orient')]: () => tagged(ORIENTED),
    });
    const { user } = renderReview();

    const orient = await screen.findByRole('region', { name: 'Orienter la structure' });
    // Nothing chosen: refused at the field, which takes the focus.
    await user.click(within(orient).getByRole('button', { name: 'Orienter la structure' }));
    expect(
      await within(orient).findByText('Choisissez au moins une aide à solliciter.'),
    ).toBeVisible();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    const group = within(orient).getByRole('group', { name: /Aides à solliciter/ });
    await user.click(within(group).getByRole('checkbox', { name: /Dispositif local/ }));
    await user.click(within(group).getByRole('checkbox', { name: /Prêt garanti/ }));
    await user.type(
      within(orient).getByRole('textbox', { name: /Message pour la structure/ }),
      'Appelez le DLA.',
    );
    const date = within(orient).getByLabelText(/Date du prochain point/);
    await user.type(date, FOLLOW_UP_DAY);
    await user.click(within(orient).getByRole('button', { name: 'Orienter la structure' }));

    expect(await screen.findByText(/Orientation enregistrée/)).toBeInTheDocument();
    const post = calls.find((call) => call.method === 'POST');
    // In the order offered (the recommendations' order), not the order of the clicks.
    expect(await post?.json()).toEqual({
      instruments: ['PGE', 'DLA'],
      comment: 'Appelez le DLA.',
      followUpDate: FOLLOW_UP_DAY,
    });
    expect(await screen.findByRole('region', { name: 'Orientation de l’animateur' })).toBeVisible();
  });

  it('orients_again_from_the_current_orientation', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      [DETAIL]: () => tagged(ORIENTED),
      [ACTION('orient')]: () => tagged({ ...ORIENTED, version: 7 }),
    });
    const { user } = renderReview();

    const change = await screen.findByRole('region', { name: 'Changer l’orientation' });
    // The facilitator reads about the structure, not « vos chiffres ».
    expect(screen.getByRole('region', { name: 'Chiffres de la structure' })).toBeVisible();
    expect(screen.getByText('Les aides retenues pour la structure :')).toBeVisible();
    expect(within(change).getByRole('checkbox', { name: /Dispositif local/ })).toBeChecked();
    expect(within(change).getByRole('checkbox', { name: /Prêt garanti/ })).toBeChecked();
    await user.click(within(change).getByRole('checkbox', { name: /Prêt garanti/ }));
    await user.click(
      within(change).getByRole('button', { name: 'Enregistrer la nouvelle orientation' }),
    );

    // (The notification of the previous test may still be on screen: wait for the request.)
    await waitFor(() => expect(calls.some((call) => call.method === 'POST')).toBe(true));
    expect((await screen.findAllByText(/Orientation enregistrée/)).length).toBeGreaterThan(0);
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.headers.get('If-Match')).toBe('"6"');
    expect(await post?.json()).toEqual({
      instruments: ['DLA'],
      comment: 'Contactez le DLA de Seine-Saint-Denis.\nPuis votre banque pour le PGE.',
      followUpDate: FOLLOW_UP_DAY,
    });
  });

  it('shows_a_refused_transition_in_words', async () => {
    mockFetch({
      ...REFERENCE_ROUTES,
      [DETAIL]: () => tagged(IN_REVIEW),
      [ACTION('orient')]: () =>
        problemResponse(409, {
          type: 'https://relance-iae.fr/problems/conflict',
          title: 'Conflit',
          detail: 'Ce diagnostic a déjà été orienté.',
        }),
    });
    const { user } = renderReview();

    const orient = await screen.findByRole('region', { name: 'Orienter la structure' });
    await user.click(within(orient).getByRole('checkbox', { name: /Prêt garanti/ }));
    await user.click(within(orient).getByRole('button', { name: 'Orienter la structure' }));
    expect(await within(orient).findByText('Ce diagnostic a déjà été orienté.')).toBeVisible();
  });

  it('closes_after_confirmation_with_a_reason', async () => {
    const closed: DiagnosticView = { ...ORIENTED, status: 'CLOSED', closeReason: 'Aides obtenues' };
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      [DETAIL]: () => tagged(ORIENTED),
      [ACTION('close')]: () => tagged(closed),
    });
    const { user } = renderReview();

    await user.click(await screen.findByRole('button', { name: 'Clore le diagnostic' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clore le diagnostic' });
    await user.type(within(dialog).getByRole('textbox', { name: /Motif/ }), 'Aides obtenues');
    await user.click(within(dialog).getByRole('button', { name: 'Oui, clore le diagnostic' }));

    expect(await screen.findByText('Diagnostic clos.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Aides obtenues', { selector: 'dd' })).toBeVisible();
    expect(await calls.find((call) => call.method === 'POST')?.json()).toEqual({
      reason: 'Aides obtenues',
    });
    expect(screen.getAllByText('Clos').length).toBeGreaterThan(0);
  });
});
