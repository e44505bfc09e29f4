import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, type Handler } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import { DEPARTMENTS, FACILITATOR, followUp, page } from '../testing/fixtures';
import { FollowUpsRoute } from './follow-ups';

const WAIT = { timeout: 5_000 };
const COLLEAGUE = { id: '00000000-0000-0000-0000-0000000000d3', displayName: 'Nadia Lefèvre' };
const FOLLOW_UP = followUp();
const PATCH_PATH = `PATCH /api/v1/follow-ups/${FOLLOW_UP.id}`;

function renderFollowUps(
  initialEntry = '/barometre/suivis',
  overrides: Record<string, Handler> = {},
) {
  signIn(FACILITATOR);
  const mock = mockFetch({
    'GET /api/v1/departments': () => jsonResponse(DEPARTMENTS),
    'GET /api/v1/follow-ups': () => jsonResponse(page([FOLLOW_UP])),
    ...overrides,
  });
  const rendered = renderRoute(<FollowUpsRoute />, { path: '/barometre/suivis', initialEntry });
  return { ...rendered, ...mock };
}

function listQueries(calls: Request[]): URLSearchParams[] {
  return calls
    .filter((call) => new URL(call.url).pathname === '/api/v1/follow-ups' && call.method === 'GET')
    .map((call) => new URL(call.url).searchParams);
}

describe('« Suivis des besoins »', { timeout: 60_000 }, () => {
  it('lists_the_open_follow_ups_with_their_action', async () => {
    const { calls } = renderFollowUps();
    const list = await screen.findByRole('list', { name: 'Suivis des besoins' }, WAIT);
    const card = within(list).getByRole('listitem');
    expect(card).toHaveTextContent('Les Jardins de Cocagne');
    expect(card).toHaveTextContent('Financement');
    expect(card).toHaveTextContent('À traiter');
    expect(card).toHaveTextContent('« Trésorerie tendue jusqu’en février »');
    expect(card).toHaveTextContent('93 — Seine-Saint-Denis');
    expect(
      within(card).getByRole('link', { name: 'Ouvrir le diagnostic financier' }),
    ).toHaveAttribute('href', '/diagnostics/77777777-0000-0000-0000-000000000001');
    expect(listQueries(calls)[0]?.get('status')).toBe('OPEN');
  });

  it('filters_by_need_and_assignee_through_the_url', async () => {
    const { calls } = renderFollowUps(
      '/barometre/suivis?statut=tous&besoin=SUPPLIES&responsable=moi',
    );
    await screen.findByRole('list', { name: 'Suivis des besoins' }, WAIT);
    const query = listQueries(calls)[0];
    expect(query?.has('status')).toBe(false);
    expect(query?.get('need')).toBe('SUPPLIES');
    expect(query?.get('assignee')).toBe('me');
  });

  it('assigns_a_follow_up_to_me_with_the_version_read', async () => {
    const sent: { body: unknown; ifMatch: string | null }[] = [];
    const { user } = renderFollowUps('/barometre/suivis', {
      [PATCH_PATH]: async (request) => {
        sent.push({ body: await request.json(), ifMatch: request.headers.get('If-Match') });
        return jsonResponse(followUp({ status: 'IN_PROGRESS', assigneeUserId: FACILITATOR.id }));
      },
    });
    await user.click(
      await screen.findByRole(
        'button',
        { name: /M’attribuer le suivi de Les Jardins de Cocagne/ },
        WAIT,
      ),
    );
    expect(await screen.findByText('Suivi attribué', {}, WAIT)).toBeInTheDocument();
    expect(sent).toEqual([
      { body: { status: 'IN_PROGRESS', assigneeUserId: FACILITATOR.id }, ifMatch: '"3"' },
    ]);
  });

  it('changes_the_status_and_the_note', async () => {
    const sent: unknown[] = [];
    const { user } = renderFollowUps('/barometre/suivis', {
      [PATCH_PATH]: async (request) => {
        sent.push(await request.json());
        return jsonResponse(followUp({ status: 'DONE' }));
      },
    });
    await user.click(
      await screen.findByRole('button', { name: /Modifier le suivi de Les Jardins/ }, WAIT),
    );
    const dialog = await screen.findByRole('dialog', {}, WAIT);
    await user.click(within(dialog).getByRole('combobox', { name: 'Statut' }));
    await user.click(await screen.findByRole('option', { name: 'Terminé' }, WAIT));
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Note/ }),
      'Orientée vers France Active.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le suivi' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent).toEqual([{ status: 'DONE', note: 'Orientée vers France Active.' }]);
  });

  it('gives_a_follow_up_to_another_facilitator_and_filters_by_them', async () => {
    const sent: unknown[] = [];
    const { user, calls } = renderFollowUps('/barometre/suivis', {
      'GET /api/v1/facilitators': () =>
        jsonResponse({
          items: [COLLEAGUE, { id: FACILITATOR.id, displayName: FACILITATOR.displayName }],
          page: 0,
          size: 100,
          totalItems: 2,
        }),
      [PATCH_PATH]: async (request) => {
        sent.push(await request.json());
        return jsonResponse(followUp({ assigneeUserId: COLLEAGUE.id }));
      },
    });
    await user.click(
      await screen.findByRole('button', { name: /Modifier le suivi de Les Jardins/ }, WAIT),
    );
    const dialog = await screen.findByRole('dialog', {}, WAIT);
    await user.click(within(dialog).getByRole('combobox', { name: 'Attribuer à…' }));
    expect((await screen.findAllByRole('option', {}, WAIT)).map((o) => o.textContent)).toEqual([
      'Moi (Fanny Animatrice)',
      'Nadia Lefèvre',
      'Personne',
    ]);
    await user.click(screen.getByRole('option', { name: 'Nadia Lefèvre' }));
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le suivi' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent).toEqual([{ status: 'OPEN', assigneeUserId: COLLEAGUE.id }]);

    await user.click(screen.getByRole('combobox', { name: 'Suivi par' }));
    await user.click(await screen.findByRole('option', { name: 'Nadia Lefèvre' }, WAIT));
    await waitFor(() => expect(listQueries(calls).at(-1)?.get('assignee')).toBe(COLLEAGUE.id));
  });

  it('offers_to_reload_when_someone_changed_it_meanwhile', async () => {
    const { user } = renderFollowUps('/barometre/suivis', {
      [PATCH_PATH]: () => problemResponse(412, { title: 'Version périmée' }),
    });
    await user.click(
      await screen.findByRole('button', { name: /Modifier le suivi de Les Jardins/ }, WAIT),
    );
    const dialog = await screen.findByRole('dialog', {}, WAIT);
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le suivi' }));
    expect(
      await within(dialog).findByText('Modification concurrente', {}, WAIT),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Recharger la fiche' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('says_what_to_do_when_there_is_nothing_to_follow', async () => {
    renderFollowUps('/barometre/suivis', {
      'GET /api/v1/follow-ups': () => jsonResponse(page([])),
    });
    expect(await screen.findByText(/Aucun besoin à traiter/, {}, WAIT)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir le tableau de bord' })).toHaveAttribute(
      'href',
      '/barometre/tableau-de-bord',
    );
  });
});
