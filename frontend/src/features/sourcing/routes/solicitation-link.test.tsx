import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, type Handler } from '@/testing/http';
import { renderRoute } from '@/testing/test-utils';
import type { SolicitationDetail } from '../api/get-my-solicitation';
import { DETAIL } from '../testing/fixtures';
import { SolicitationLinkRoute } from './solicitation-link';

const TOKEN = 'jeton-personnel-de-test-43-caracteres-xxxxx';
const LINK_PATH = `/api/v1/solicitation-links/${TOKEN}`;

function renderLink(routes: Record<string, Handler>) {
  const mock = mockFetch(routes);
  const rendered = renderRoute(<SolicitationLinkRoute />, {
    path: '/reponse/:token',
    initialEntry: `/reponse/${TOKEN}`,
  });
  return { ...rendered, ...mock };
}

function referrerPolicy(): string | null {
  return document.head.querySelector<HTMLMetaElement>('meta[name="referrer"]')?.content ?? null;
}

const WAIT = { timeout: 5_000 };

describe('answer from a personal link, without an account', { timeout: 60_000 }, () => {
  it('explains_a_link_that_is_no_longer_valid_and_what_to_do', async () => {
    renderLink({ [`GET ${LINK_PATH}`]: () => problemResponse(404, { title: 'Introuvable' }) });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ce lien n’est plus valable' }, WAIT),
    ).toBeInTheDocument();
    expect(screen.getByText(/contactez l’équipe d’animation du réseau/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute(
      'href',
      '/opportunites',
    );
  });

  it('sends_no_referrer_while_on_the_page_and_restores_the_policy_after', async () => {
    const { unmount } = renderLink({ [`GET ${LINK_PATH}`]: () => jsonResponse(DETAIL) });
    await screen.findByRole('heading', { level: 1, name: DETAIL.request.title }, WAIT);
    expect(referrerPolicy()).toBe('no-referrer');
    unmount();
    expect(referrerPolicy()).toBeNull();
  });

  it('answers_without_an_account_and_confirms', async () => {
    const sent: unknown[] = [];
    const { user } = renderLink({
      [`GET ${LINK_PATH}`]: () => jsonResponse(DETAIL),
      [`PUT ${LINK_PATH}`]: async (request) => {
        const body = (await request.json()) as { decision: 'DECLINED'; declineReason: string };
        sent.push(body);
        const saved: SolicitationDetail = {
          ...DETAIL,
          status: 'DECLINED',
          answer: { ...body, partnerStructureIds: [], partnerStructureNames: [] },
        };
        return jsonResponse(saved);
      },
    });

    await user.click(await screen.findByRole('radio', { name: 'Je décline' }, WAIT));
    await user.type(screen.getByRole('textbox', { name: /Pourquoi déclinez-vous/ }), 'Complet.');
    await user.click(screen.getByRole('button', { name: 'Envoyer ma réponse' }));

    const title = await screen.findByText('Réponse envoyée', {}, WAIT);
    await waitFor(() => expect(title.closest('[role="status"]')).toHaveFocus());
    expect(screen.getByText(/L’acheteur sait que vous déclinez/)).toBeInTheDocument();
    expect(sent).toEqual([{ decision: 'DECLINED', declineReason: 'Complet.' }]);
  });

  it('finds_partners_through_the_link_keeps_those_named_and_sends_them', async () => {
    const sent: unknown[] = [];
    const searched: string[] = [];
    const answered: SolicitationDetail = {
      ...DETAIL,
      status: 'INTERESTED',
      answer: {
        decision: 'INTERESTED',
        message: 'Oui',
        partnerStructureIds: ['77777777-7777-7777-7777-777777777777'],
        partnerStructureNames: ['Envie 93'],
      },
    };
    const { user, calls } = renderLink({
      [`GET ${LINK_PATH}`]: () => jsonResponse(answered),
      [`GET ${LINK_PATH}/partners`]: (request) => {
        searched.push(new URL(request.url).searchParams.get('q') ?? '');
        return jsonResponse([
          {
            id: '88888888-8888-8888-8888-888888888888',
            name: 'Bois et Services',
            city: 'Bobigny',
            department: '93',
          },
        ]);
      },
      [`PUT ${LINK_PATH}`]: async (request) => {
        sent.push(await request.json());
        return jsonResponse(answered);
      },
    });
    expect(
      await screen.findByRole('list', { name: 'Structures partenaires choisies' }, WAIT),
    ).toHaveTextContent('Envie 93');

    // Without an account, the directory is searched through the link, never /structures.
    await user.type(screen.getByRole('combobox', { name: /Structures partenaires/ }), 'Bois');
    await user.click(
      await screen.findByRole('option', { name: 'Bois et Services · Bobigny (93)' }, WAIT),
    );
    expect(searched).toContain('Bois');
    expect(calls.some((call) => new URL(call.url).pathname === '/api/v1/structures')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Retirer Envie 93 des partenaires' }));
    expect(screen.queryByText('Envie 93')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Modifier ma réponse' }));

    await screen.findByText('Réponse envoyée', {}, WAIT);
    expect(sent).toEqual([
      {
        decision: 'INTERESTED',
        message: 'Oui',
        partnerStructureIds: ['88888888-8888-8888-8888-888888888888'],
      },
    ]);
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
