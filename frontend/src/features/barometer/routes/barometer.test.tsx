import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, type Handler } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import {
  HISTORY,
  SIAE_USER,
  STRUCTURE,
  STRUCTURE_ID,
  THIS_WEEK,
  page,
  surveyView,
} from '../testing/fixtures';
import { BarometerRoute } from './barometer';

const WAIT = { timeout: 5_000 };

function renderBarometer(overrides: Record<string, Handler> = {}) {
  signIn(SIAE_USER);
  const mock = mockFetch({
    'GET /api/v1/me/structures': () => jsonResponse([STRUCTURE]),
    'GET /api/v1/activity-surveys/this-week': () => jsonResponse(THIS_WEEK),
    'GET /api/v1/activity-surveys': () => jsonResponse(page([surveyView()])),
    [`GET /api/v1/activity-surveys/${surveyView().id}/history`]: () => jsonResponse(HISTORY),
    ...overrides,
  });
  return { ...renderRoute(<BarometerRoute />, { path: '/barometre' }), ...mock };
}

describe('« Baromètre » of a structure', { timeout: 60_000 }, () => {
  it('prefills_this_weeks_survey_with_last_weeks_answers_and_sends_them_for_the_week', async () => {
    const sent: { body: unknown; key: string | null }[] = [];
    const { user } = renderBarometer({
      'POST /api/v1/activity-surveys': async (request) => {
        sent.push({ body: await request.json(), key: request.headers.get('Idempotency-Key') });
        return jsonResponse(surveyView({ id: 'x', week: '2026-W48', version: 1 }), 201);
      },
    });

    const activity = await screen.findByRole('textbox', { name: /Niveau d’activité/ }, WAIT);
    expect(activity).toHaveValue('60');
    expect(
      screen.getByRole('heading', {
        name: 'Questionnaire de la semaine 48, du 23 au 29 novembre 2026',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/reprend vos réponses de la dernière semaine/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Fournitures sanitaires/ })).toBeChecked();

    await user.clear(activity);
    await user.type(activity, '70');
    await user.click(screen.getByRole('checkbox', { name: /Financement/ }));
    await user.click(screen.getByRole('button', { name: 'Envoyer vos réponses' }));

    const confirmation = await screen.findByText('Réponses enregistrées', {}, WAIT);
    await waitFor(() => expect(confirmation.closest('[role="status"]')).toHaveFocus());
    expect(confirmation.closest('[role="status"]')).toHaveTextContent(
      'l’équipe d’animation reprend contact pour : fournitures, financement',
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[0]?.body).toEqual({
      structureId: STRUCTURE_ID,
      week: '2026-W48',
      activityLevelPct: 70,
      revenueLossPct: 35,
      insertionEmployees: 24,
      insertionWorking: 14,
      insertionShortTime: 8,
      peopleFollowed: 20,
      followedInPerson: 12,
      followedByPhone: 6,
      followedByVideo: 2,
      obstacles: ['TRANSPORT'],
      needs: ['SUPPLIES', 'FINANCING'],
      needsText: 'Du gel pour les équipes',
    });
  });

  it('refuses_wrong_numbers_with_a_message_keeps_them_as_typed_and_focuses_the_first', async () => {
    const { user, calls } = renderBarometer();
    const activity = await screen.findByRole('textbox', { name: /Niveau d’activité/ }, WAIT);
    await user.clear(activity);
    await user.type(activity, '120');
    const employees = screen.getByRole('textbox', { name: /^Salariés en insertion/ });
    await user.clear(employees);
    await user.type(employees, '2,5');
    await user.click(screen.getByRole('button', { name: 'Envoyer vos réponses' }));

    await waitFor(() => expect(activity).toHaveFocus());
    expect(activity).toHaveValue('120');
    expect(employees).toHaveValue('2,5');
    expect(screen.getByText('Saisissez un nombre inférieur ou égal à 100.')).toBeInTheDocument();
    expect(screen.getByText('Saisissez un nombre entier.')).toBeInTheDocument();
    expect(screen.getByRole('alert', { name: '2 champs à corriger' })).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('puts_the_apis_field_errors_on_their_fields_and_focuses_the_first', async () => {
    const { user } = renderBarometer({
      'POST /api/v1/activity-surveys': () =>
        problemResponse(400, {
          type: 'https://relance-iae.fr/problems/validation',
          title: 'Données invalides',
          errors: [
            { field: 'followedByVideo', message: 'au plus le nombre de personnes suivies' },
            { field: 'insertionShortTime', message: 'au travail + activité partielle ≤ salariés' },
          ],
        }),
    });
    await screen.findByRole('textbox', { name: /Niveau d’activité/ }, WAIT);
    await user.click(screen.getByRole('button', { name: 'Envoyer vos réponses' }));

    const shortTime = screen.getByRole('textbox', { name: /Dont en activité partielle/ });
    await waitFor(() => expect(shortTime).toHaveFocus());
    expect(shortTime).toHaveAccessibleDescription(/au travail \+ activité partielle ≤ salariés/);
    expect(screen.getByRole('textbox', { name: /Dont en visio/ })).toHaveAccessibleDescription(
      /au plus le nombre de personnes suivies/,
    );
  });

  it('says_when_this_week_was_answered_and_offers_to_replace_it', async () => {
    renderBarometer({
      'GET /api/v1/activity-surveys/this-week': () =>
        jsonResponse({
          ...THIS_WEEK,
          current: surveyView({ week: '2026-W48', activityLevelPct: 80 }),
        }),
    });
    expect(await screen.findByRole('textbox', { name: /Niveau d’activité/ }, WAIT)).toHaveValue(
      '80',
    );
    expect(screen.getByText(/une nouvelle réponse remplace la précédente/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Modifier vos réponses' })).toBeInTheDocument();
  });

  it('lists_the_last_answers_and_opens_the_history_of_a_week', async () => {
    const { user } = renderBarometer();
    const list = await screen.findByRole('list', { name: 'Réponses des dernières semaines' }, WAIT);
    expect(list).toHaveTextContent('Semaine 47, du 16 au 22 novembre 2026');
    expect(list).toHaveTextContent('Saisie par la structure — Sam Structure');

    await user.click(within(list).getByRole('button', { name: /Historique de la semaine 47/ }));
    const dialog = await screen.findByRole('dialog', {}, WAIT);
    expect(await within(dialog).findByText(/Réponse 1/, {}, WAIT)).toBeInTheDocument();
    expect(dialog).toHaveTextContent('En vigueur');
    expect(dialog).toHaveTextContent('Saisie depuis le lien personnel de l’e-mail');
    expect(dialog).toHaveTextContent('40 %');
  });

  it('says_what_to_do_when_the_survey_cannot_be_loaded', async () => {
    const { user, calls } = renderBarometer({
      'GET /api/v1/activity-surveys/this-week': () =>
        problemResponse(500, { title: 'Erreur', correlationId: 'abc' }),
    });
    expect(
      await screen.findByText('Impossible d’ouvrir le questionnaire de la semaine', {}, WAIT),
    ).toBeInTheDocument();
    expect(screen.getByText(/le questionnaire reste ouvert toute la semaine/)).toBeInTheDocument();
    const before = calls.length;
    await user.click(screen.getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(calls.length).toBeGreaterThan(before));
  });

  it('lets_a_user_of_several_structures_choose_which_one_answers', async () => {
    const other = { ...STRUCTURE, id: '33333333-0000-0000-0000-000000000009', name: 'Envie 93' };
    const asked: (string | null)[] = [];
    const { user } = renderBarometer({
      'GET /api/v1/me/structures': () => jsonResponse([STRUCTURE, other]),
      'GET /api/v1/activity-surveys/this-week': (request) => {
        const structureId = new URL(request.url).searchParams.get('structureId');
        asked.push(structureId);
        return jsonResponse({ ...THIS_WEEK, structureId, structureName: 'x' });
      },
    });
    await user.click(await screen.findByRole('combobox', { name: /Structure qui répond/ }, WAIT));
    await user.click(await screen.findByRole('option', { name: 'Envie 93' }, WAIT));
    await waitFor(() => expect(asked).toContain(other.id));
    expect(asked[0]).toBe(STRUCTURE_ID);
  });
});
