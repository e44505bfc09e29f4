import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { FACILITATOR, renderSourcingRoute } from '../testing/directory-tools';
import { DRAFT_REQUEST, summaryOf } from '../testing/request-fixtures';
import { RequestQueueRoute } from './request-queue';

const LIST = 'GET /api/v1/sourcing-requests';
const SUBMITTED = { ...summaryOf(DRAFT_REQUEST), status: 'SUBMITTED' as const };
const WAITING_LONGEST = {
  ...SUBMITTED,
  id: '11111111-1111-1111-1111-111111111111',
  title: 'Tonte des espaces verts',
};
const WAITING_LESS = {
  ...SUBMITTED,
  id: '22222222-2222-2222-2222-222222222222',
  title: 'Repas du centre social',
};

function renderQueue(initialEntry = '/a-valider') {
  return renderSourcingRoute(<RequestQueueRoute />, {
    path: '/a-valider',
    initialEntry,
    user: FACILITATOR,
  });
}

function queryOf(request: Request | undefined) {
  return Object.fromEntries(new URL(request?.url ?? '').searchParams);
}

describe('à valider', { timeout: 30_000 }, () => {
  it('asks_the_api_for_the_oldest_first_and_shows_its_order_page_by_page', async () => {
    const { calls } = mockFetch({
      [LIST]: (request) =>
        jsonResponse({
          // The server's order, kept as it is: no turning around in the browser.
          items:
            new URL(request.url).searchParams.get('page') === '1'
              ? [WAITING_LESS]
              : [WAITING_LONGEST],
          page: Number(new URL(request.url).searchParams.get('page')),
          size: 20,
          totalItems: 21,
        }),
    });
    const { user, router } = renderQueue();

    const table = await screen.findByRole('table', { name: 'Besoins à valider' });
    expect(within(table).getByRole('link', { name: WAITING_LONGEST.title })).toBeInTheDocument();
    expect(queryOf(calls[0])).toEqual({
      page: '0',
      size: '20',
      sort: 'oldest',
      status: 'SUBMITTED',
    });
    expect(screen.getByRole('combobox', { name: 'Trier par' })).toHaveValue(
      'En attente depuis le plus longtemps',
    );

    await user.click(screen.getByRole('button', { name: 'Page 2' }));
    expect(await screen.findByRole('link', { name: WAITING_LESS.title })).toBeInTheDocument();
    expect(queryOf(calls.at(-1))).toMatchObject({ page: '1', sort: 'oldest' });
    expect(router.state.location.search).toBe('?page=2');
  });

  it('sorts_by_the_nearest_deadline_when_asked_and_keeps_it_in_the_address', async () => {
    const { calls } = mockFetch({
      [LIST]: () => jsonResponse({ items: [WAITING_LONGEST], page: 0, size: 20, totalItems: 1 }),
    });
    const { user, router } = renderQueue();

    await screen.findByRole('link', { name: WAITING_LONGEST.title });
    await user.click(screen.getByRole('combobox', { name: 'Trier par' }));
    await user.click(await screen.findByRole('option', { name: 'Date limite la plus proche' }));

    expect(router.state.location.search).toBe('?tri=deadline');
    await screen.findByRole('link', { name: WAITING_LONGEST.title });
    expect(queryOf(calls.at(-1))).toMatchObject({ sort: 'deadline', page: '0' });
  });
});
