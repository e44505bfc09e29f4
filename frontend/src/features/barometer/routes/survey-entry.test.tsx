import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import {
  FACILITATOR,
  STRUCTURE,
  STRUCTURE_ID,
  THIS_WEEK,
  page,
  surveyView,
} from '../testing/fixtures';
import { SurveyEntryRoute } from './survey-entry';

const WAIT = { timeout: 5_000 };

describe('a facilitator enters a structure’s answer (phone survey)', { timeout: 60_000 }, () => {
  it('finds_the_structure_opens_its_survey_and_sends_it_for_that_structure', async () => {
    signIn(FACILITATOR);
    const sent: unknown[] = [];
    mockFetch({
      'GET /api/v1/structures': () => jsonResponse({ ...page([STRUCTURE]), facets: null }),
      [`GET /api/v1/structures/${STRUCTURE_ID}`]: () => jsonResponse(STRUCTURE),
      'GET /api/v1/activity-surveys/this-week': () => jsonResponse(THIS_WEEK),
      'GET /api/v1/activity-surveys': () => jsonResponse(page([surveyView()])),
      'POST /api/v1/activity-surveys': async (request) => {
        sent.push(await request.json());
        return jsonResponse(surveyView({ week: '2026-W48', enteredVia: 'FACILITATOR' }), 201);
      },
    });
    const { user } = renderRoute(<SurveyEntryRoute />, { path: '/barometre/saisie' });

    expect(await screen.findByText('Aucune structure choisie', {}, WAIT)).toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: /Structure appelée/ }), 'Jardins');
    await user.click(
      await screen.findByRole('option', { name: 'Les Jardins de Cocagne · Montreuil (93)' }, WAIT),
    );
    expect(await screen.findByText(/reprend ses réponses/, {}, WAIT)).toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: 'De quoi la structure a-t-elle besoin ?' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Envoyer ses réponses' }));

    await screen.findByText('Réponses enregistrées', {}, WAIT);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ structureId: STRUCTURE_ID, week: '2026-W48' });
  });
});
