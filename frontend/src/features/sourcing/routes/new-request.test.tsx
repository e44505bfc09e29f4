import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { DRAFT_REQUEST, REQUEST_ID } from '../testing/request-fixtures';
import { renderSourcingRoute, STRUCTURES } from '../testing/directory-tools';
import { addDays, isoDay } from '../utils/request-form-values';
import { NewRequestRoute } from './new-request';

const CREATE = 'POST /api/v1/sourcing-requests';
const SUBMIT = `POST /api/v1/sourcing-requests/${REQUEST_ID}/submit`;
const POTENTIAL = 'POST /api/v1/sourcing-requests/potential';
const HINT =
  'Choisissez un lieu et un secteur pour voir combien de structures pourraient répondre.';
const LISTS = {
  'GET /api/v1/ongoing-contracts': () =>
    jsonResponse({ items: [], page: 0, size: 100, totalItems: 0 }),
};

function tagged(body: unknown, version = 1): Response {
  const response = jsonResponse(body, 201);
  response.headers.set('ETag', `"${version}"`);
  return response;
}

function renderNewRequest(initialEntry = '/besoins/nouveau') {
  return renderSourcingRoute(<NewRequestRoute />, { path: '/besoins/nouveau', initialEntry });
}

// The whole stepper renders: slower than most pages in jsdom.
describe('nouveau besoin', { timeout: 60_000 }, () => {
  it('goes_from_the_need_to_submitted_in_five_steps_with_the_structure_targeted', async () => {
    const bodies: Record<string, unknown>[] = [];
    const { calls } = mockFetch({
      ...LISTS,
      [CREATE]: async (request) => {
        bodies.push((await request.json()) as Record<string, unknown>);
        return tagged(DRAFT_REQUEST);
      },
      [SUBMIT]: () => jsonResponse({ ...DRAFT_REQUEST, status: 'SUBMITTED' }),
    });
    const target = STRUCTURES[0];
    const { user, router } = renderNewRequest(`/besoins/nouveau?structure=${target?.id ?? ''}`);

    expect(await screen.findByText(target?.name ?? '')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Titre du besoin/ }), 'Nettoyage');
    await user.type(screen.getByRole('textbox', { name: /^Description/ }), 'Deux passages.');
    await user.click(screen.getByRole('button', { name: 'Suivant' }));

    expect(screen.getByRole('heading', { name: /Étape 2 sur 5/ })).toHaveFocus();
    await user.click(screen.getByRole('combobox', { name: /^Départements/ }));
    await user.click(await screen.findByRole('option', { name: '93 – Seine-Saint-Denis' }));
    await user.click(screen.getByRole('button', { name: 'Suivant' }));

    await user.click(screen.getByRole('checkbox', { name: 'Tout le groupe « Propreté »' }));
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    // The deadline is filled in: two weeks from today.
    expect(screen.getByLabelText(/^Date limite de réponse/)).toHaveValue(
      isoDay(addDays(new Date(), 14)),
    );
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    await user.click(screen.getByRole('button', { name: 'Envoyer pour validation' }));

    expect(await screen.findByRole('heading', { name: 'Page du besoin' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/besoins/${REQUEST_ID}`);
    expect(bodies[0]).toMatchObject({
      title: 'Nettoyage',
      description: 'Deux passages.',
      channel: 'QUOTE',
      departments: ['93'],
      sectors: ['proprete'],
      responseDeadline: isoDay(addDays(new Date(), 14)),
      targetStructureIds: [target?.id],
    });
    // Besides the counts asked while typing (the potential).
    const saves = calls.filter(
      (call) => call.method === 'POST' && !call.url.endsWith('/potential'),
    );
    expect(saves.map((call) => call.url)).toEqual([
      expect.stringMatching(/\/sourcing-requests$/),
      expect.stringMatching(/\/submit$/),
    ]);
  });

  it('focuses_the_first_missing_field_of_the_step_and_sums_up_what_to_correct', async () => {
    mockFetch(LISTS);
    const { user } = renderNewRequest();

    await user.click(await screen.findByRole('button', { name: 'Suivant' }));

    const title = screen.getByRole('textbox', { name: /^Titre du besoin/ });
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveFocus();
    expect(screen.getByText('Donnez un titre au besoin.')).toBeInTheDocument();
    const summary = screen.getByRole('alert', { name: '2 champs à corriger' });
    expect(within(summary).getByRole('link', { name: /Titre du besoin/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Étape 1 sur 5/ })).toBeInTheDocument();
  });

  it('opens_the_step_of_a_refused_amount_keeps_it_as_typed_and_focuses_it', async () => {
    const { calls } = mockFetch(LISTS);
    const { user } = renderNewRequest();

    await user.type(await screen.findByRole('textbox', { name: /^Titre du besoin/ }), 'Repas');
    await user.click(screen.getByRole('button', { name: /Étape 4 : Montant et dates/ }));
    await user.type(screen.getByRole('textbox', { name: /^Montant minimum/ }), '-40');
    await user.click(screen.getByRole('button', { name: /Étape 1 : Le besoin/ }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    const amount = await screen.findByRole('textbox', { name: /^Montant minimum/ });
    expect(amount).toHaveValue('-40');
    expect(amount).toHaveFocus();
    expect(screen.getByText('Saisissez un nombre positif.')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('puts_the_server_field_errors_on_their_step_and_focuses_the_first', async () => {
    mockFetch({
      ...LISTS,
      [CREATE]: () =>
        problemResponse(400, {
          type: 'https://relance-iae.fr/problems/validation',
          title: 'Bad Request',
          errors: [{ field: 'sectors', message: 'Secteur inconnu : « plomberie ».' }],
        }),
    });
    const { user } = renderNewRequest();

    await user.type(await screen.findByRole('textbox', { name: /^Titre du besoin/ }), 'Repas');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    expect(await screen.findByText('Secteur inconnu : « plomberie ».')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Étape 3 sur 5/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Tout le groupe « Propreté »' })).toHaveFocus();
  });

  it('saves_a_draft_then_offers_to_join_files', async () => {
    mockFetch({ ...LISTS, [CREATE]: () => tagged(DRAFT_REQUEST) });
    const { user } = renderNewRequest();

    await user.type(await screen.findByRole('textbox', { name: /^Titre du besoin/ }), 'Repas');
    await user.click(screen.getByRole('button', { name: /Étape 5 : Pièces jointes/ }));
    expect(screen.getByText(/enregistrez d’abord le brouillon/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    expect(await screen.findByText('Brouillon enregistré.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Joindre un fichier' })).toBeInTheDocument();
  });

  it('tries_a_failed_creation_again_with_the_same_idempotency_key_so_it_makes_one_request', async () => {
    const keys: (string | null)[] = [];
    mockFetch({
      ...LISTS,
      [CREATE]: (request) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return keys.length === 1
          ? problemResponse(500, {
              type: 'about:blank',
              title: 'Internal Server Error',
              detail: 'Une erreur inattendue est survenue.',
            })
          : tagged(DRAFT_REQUEST);
      },
    });
    const { user } = renderNewRequest();

    await user.type(await screen.findByRole('textbox', { name: /^Titre du besoin/ }), 'Repas');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await waitFor(() => expect(keys).toHaveLength(1));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Enregistrer le brouillon' })).toBeEnabled(),
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    await waitFor(() => expect(keys).toHaveLength(2));
    // (the notifications of earlier tests may still be on screen)
    expect((await screen.findAllByText('Brouillon enregistré.')).length).toBeGreaterThan(0);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  describe('potential', () => {
    /** Place and sector of the need: the two choices a count needs. */
    async function choosePlaceAndSector(user: ReturnType<typeof renderNewRequest>['user']) {
      await user.click(await screen.findByRole('button', { name: /Étape 2 : Le lieu/ }));
      await user.click(screen.getByRole('combobox', { name: /^Départements/ }));
      await user.click(await screen.findByRole('option', { name: '93 – Seine-Saint-Denis' }));
      await user.click(screen.getByRole('button', { name: /Étape 3 : Les secteurs/ }));
      await user.click(screen.getByRole('checkbox', { name: 'Tout le groupe « Propreté »' }));
    }

    it('shows_how_many_structures_could_answer_and_the_advice_of_the_server', async () => {
      const bodies: Record<string, unknown>[] = [];
      mockFetch({
        ...LISTS,
        [POTENTIAL]: async (request) => {
          bodies.push((await request.json()) as Record<string, unknown>);
          return jsonResponse({
            matching: 12,
            reachable: 9,
            recommendation: 'RESERVED_CONTRACT',
            reason: 'Assez de structures pour réserver le marché (article L2113-13).',
          });
        },
      });
      const { user } = renderNewRequest();

      await user.type(await screen.findByRole('textbox', { name: /^Titre du besoin/ }), 'Repas');
      await choosePlaceAndSector(user);

      expect(
        await screen.findByText(
          '12 structures pourraient répondre (9 joignables par e-mail).',
          {},
          { timeout: 3_000 },
        ),
      ).toBeInTheDocument();
      expect(screen.getByText('Marché réservé possible')).toBeInTheDocument();
      expect(
        screen.getByText('Assez de structures pour réserver le marché (article L2113-13).'),
      ).toBeInTheDocument();
      // The body a save would send, once typing has paused.
      expect(bodies.at(-1)).toMatchObject({
        title: 'Repas',
        channel: 'QUOTE',
        departments: ['93'],
        sectors: ['proprete'],
      });
      expect(screen.queryByText(HINT)).not.toBeInTheDocument();
    });

    it('says_nothing_more_than_the_count_when_nothing_is_advised', async () => {
      mockFetch({
        ...LISTS,
        [POTENTIAL]: () =>
          jsonResponse({ matching: 1, reachable: 0, recommendation: 'NONE', reason: 'Peu.' }),
      });
      const { user } = renderNewRequest();

      await choosePlaceAndSector(user);

      expect(
        await screen.findByText(
          '1 structure pourrait répondre (0 joignable par e-mail).',
          {},
          { timeout: 3_000 },
        ),
      ).toBeInTheDocument();
      expect(screen.queryByText('Peu.')).not.toBeInTheDocument();
    });

    it('asks_for_a_place_and_a_sector_before_counting', async () => {
      const { calls } = mockFetch(LISTS);
      const { user } = renderNewRequest();

      expect(await screen.findByText(HINT)).toBeInTheDocument();
      await user.type(screen.getByRole('textbox', { name: /^Titre du besoin/ }), 'Repas');
      await user.click(screen.getByRole('button', { name: /Étape 3 : Les secteurs/ }));
      await user.click(screen.getByRole('checkbox', { name: 'Tout le groupe « Propreté »' }));
      await new Promise((resolve) => setTimeout(resolve, 600));

      expect(screen.getByText(HINT)).toBeInTheDocument();
      expect(calls.some((call) => call.url.endsWith('/potential'))).toBe(false);
    });

    it('keeps_the_form_usable_when_the_count_fails', async () => {
      mockFetch({
        ...LISTS,
        [POTENTIAL]: () => problemResponse(500, { title: 'Internal Server Error' }),
      });
      const { user } = renderNewRequest();

      await choosePlaceAndSector(user);

      expect(
        await screen.findByText(/n’est pas disponible pour l’instant/, {}, { timeout: 3_000 }),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Suivant' }));
      expect(screen.getByRole('heading', { name: /Étape 4 sur 5/ })).toBeInTheDocument();
    });
  });
});
