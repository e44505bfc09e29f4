import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, type Handler } from '@/testing/http';
import { renderRoute } from '@/testing/test-utils';
import type { SurveyLinkView } from '../api/survey-link';
import { LAST_WEEK_ANSWERS, STRUCTURE } from '../testing/fixtures';
import { SurveyLinkRoute } from './survey-link';

const TOKEN = 'jeton-personnel-de-test-43-caracteres-xxxxx';
const LINK_PATH = `/api/v1/survey-links/${TOKEN}`;
const WAIT = { timeout: 5_000 };

const LINK: SurveyLinkView = {
  structureName: STRUCTURE.name,
  week: '2026-W48',
  weekStart: '2026-11-23',
  prefill: LAST_WEEK_ANSWERS,
  expiresAt: '2026-12-06T22:59:59Z',
};

function renderLink(routes: Record<string, Handler>) {
  const mock = mockFetch(routes);
  const rendered = renderRoute(<SurveyLinkRoute />, {
    path: '/enquete/:token',
    initialEntry: `/enquete/${TOKEN}`,
  });
  return { ...rendered, ...mock };
}

function referrerPolicy(): string | null {
  return document.head.querySelector<HTMLMetaElement>('meta[name="referrer"]')?.content ?? null;
}

describe('the survey from a personal link, without an account', { timeout: 60_000 }, () => {
  it('opens_the_weeks_survey_prefilled_and_sends_no_referrer', async () => {
    const { unmount } = renderLink({ [`GET ${LINK_PATH}`]: () => jsonResponse(LINK) });
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Baromètre de la semaine 48, du 23 au 29 novembre 2026' },
        WAIT,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Niveau d’activité/ })).toHaveValue('60');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(referrerPolicy()).toBe('no-referrer');
    unmount();
    expect(referrerPolicy()).toBeNull();
  });

  it('answers_through_the_link_and_confirms', async () => {
    const sent: unknown[] = [];
    const { user } = renderLink({
      [`GET ${LINK_PATH}`]: () => jsonResponse(LINK),
      [`PUT ${LINK_PATH}`]: async (request) => {
        const body = (await request.json()) as typeof LAST_WEEK_ANSWERS;
        sent.push(body);
        return jsonResponse({ ...LINK, current: body });
      },
    });
    const loss = await screen.findByRole('textbox', { name: /Perte de chiffre/ }, WAIT);
    await user.clear(loss);
    await user.type(loss, '50');
    await user.click(screen.getByRole('button', { name: 'Envoyer vos réponses' }));

    const confirmation = await screen.findByText('Réponses enregistrées', {}, WAIT);
    await waitFor(() => expect(confirmation.closest('[role="status"]')).toHaveFocus());
    expect(sent).toEqual([{ ...LAST_WEEK_ANSWERS, revenueLossPct: 50 }]);
    expect(screen.getByRole('button', { name: 'Modifier vos réponses' })).toBeInTheDocument();
  });

  it('explains_a_link_that_is_no_longer_valid_and_what_to_do', async () => {
    renderLink({ [`GET ${LINK_PATH}`]: () => problemResponse(404, { title: 'Introuvable' }) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ce lien n’est plus valable' }, WAIT),
    ).toBeInTheDocument();
    expect(screen.getByText(/elle peut saisir vos réponses par téléphone/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute(
      'href',
      '/barometre',
    );
  });

  it('says_to_wait_when_too_many_links_were_tried', async () => {
    renderLink({
      [`GET ${LINK_PATH}`]: () =>
        problemResponse(429, { title: 'Trop de requêtes' }, { 'Retry-After': '120' }),
    });
    expect(
      await screen.findByText('Trop de tentatives, réessayez dans 2 minutes.', {}, WAIT),
    ).toBeInTheDocument();
  });
});
