import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CARDS_MEDIA_QUERY } from '@/components/paged-table';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import {
  COLLEAGUE,
  DIAGNOSTIC_ID,
  DRAFT,
  FACILITATOR,
  FACILITATOR_ROUTES,
  FOLLOW_UP_DAY,
  IN_REVIEW,
  ORIENTED,
  REFERENCE_ROUTES,
  STRUCTURE_ID,
  pageOf,
  renderFinancingRoute,
  summaryOf,
  tagged,
} from '../testing/fixtures';
import { formatDay } from '../utils/format';
import { DiagnosticQueueRoute } from './diagnostic-queue';

const LIST = 'GET /api/v1/financing-diagnostics';
const CREATE = 'POST /api/v1/financing-diagnostics';

function renderQueue(initialEntry = '/diagnostics') {
  return renderFinancingRoute(<DiagnosticQueueRoute />, {
    path: '/diagnostics',
    initialEntry,
    user: FACILITATOR,
    routes: [{ path: '/diagnostics/:id', element: <h1>Page du diagnostic</h1> }],
  });
}

const listCalls = (calls: Request[]) =>
  calls.filter(
    (call) =>
      call.method === 'GET' && new URL(call.url).pathname === '/api/v1/financing-diagnostics',
  );

/** The page's button (the empty list offers a second one). */
async function openButton(): Promise<HTMLElement> {
  const [first] = await screen.findAllByRole('button', {
    name: 'Ouvrir un diagnostic pour une structure',
  });
  if (!first) throw new Error('no button to open a diagnostic');
  return first;
}

describe('the facilitators’ queue of diagnostics', { timeout: 30_000 }, () => {
  it('lists_the_diagnostics_in_words_and_filters_them_through_the_url', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      // Two diagnostics of the fixture's structure: the second one with an id of its own.
      [LIST]: () =>
        jsonResponse(
          pageOf([
            summaryOf(IN_REVIEW),
            { ...summaryOf(ORIENTED), id: '88888888-8888-8888-8888-888888888888' },
          ]),
        ),
    });
    const { user, router } = renderQueue();

    const table = await screen.findByRole('table', { name: 'Diagnostics des structures' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Les Jardins de Cocagne');
    expect(rows[1]).toHaveTextContent('Seine-Saint-Denis (93)');
    expect(rows[1]).toHaveTextContent('En cours d’examen');
    expect(rows[1]).toHaveTextContent('Risque critique');
    expect(rows[1]).toHaveTextContent('Fanny Animatrice');
    expect(rows[2]).toHaveTextContent(formatDay(FOLLOW_UP_DAY));
    expect(table).not.toHaveTextContent(/IN_REVIEW|CRITICAL/);

    await user.click(screen.getByRole('combobox', { name: 'Niveau de risque' }));
    await user.click(await screen.findByRole('option', { name: 'Risque critique' }));
    await user.click(screen.getByRole('combobox', { name: 'Suivi par' }));
    await user.click(await screen.findByRole('option', { name: 'Mes diagnostics' }));

    await waitFor(() => {
      const last = new URL(listCalls(calls).at(-1)?.url ?? 'http://x');
      expect(last.searchParams.getAll('riskLevel')).toEqual(['CRITICAL']);
      expect(last.searchParams.get('assignee')).toBe('me');
    });
    expect(router.state.location.search).toBe('?risque=CRITICAL&suivi=moi');
  });

  it('filters_the_unassigned_diagnostics_or_those_of_another_facilitator', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      ...FACILITATOR_ROUTES,
      [LIST]: () => jsonResponse(pageOf([summaryOf(IN_REVIEW)])),
    });
    const { user, router } = renderQueue();
    await screen.findByRole('table', { name: 'Diagnostics des structures' });

    await user.click(screen.getByRole('combobox', { name: 'Suivi par' }));
    await user.click(await screen.findByRole('option', { name: 'Non attribués' }));
    await waitFor(() =>
      expect(new URL(listCalls(calls).at(-1)?.url ?? 'http://x').searchParams.get('assignee')).toBe(
        'none',
      ),
    );
    await user.click(screen.getByRole('combobox', { name: 'Suivi par' }));
    await user.click(await screen.findByRole('option', { name: COLLEAGUE.displayName }));
    await waitFor(() =>
      expect(new URL(listCalls(calls).at(-1)?.url ?? 'http://x').searchParams.get('assignee')).toBe(
        COLLEAGUE.id,
      ),
    );
    expect(router.state.location.search).toBe(`?suivi=${COLLEAGUE.id}`);
  });

  it('reads_its_filters_from_the_url_and_offers_to_clear_them_when_nothing_matches', async () => {
    const { calls } = mockFetch({ ...REFERENCE_ROUTES, [LIST]: () => jsonResponse(pageOf([])) });
    const { user } = renderQueue('/diagnostics?statut=SUBMITTED&departement=93');

    expect(await screen.findByText('Aucun diagnostic ne correspond à ces filtres.')).toBeVisible();
    const first = new URL(listCalls(calls)[0]?.url ?? 'http://x');
    expect(first.searchParams.getAll('status')).toEqual(['SUBMITTED']);
    expect(first.searchParams.get('department')).toBe('93');
    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await waitFor(() => {
      const last = new URL(listCalls(calls).at(-1)?.url ?? 'http://x');
      expect(last.searchParams.has('status')).toBe(false);
    });
  });

  it('shows_cards_on_a_phone', async () => {
    const desktop = window.matchMedia.bind(window);
    window.matchMedia = (query: string) =>
      Object.assign(desktop(query), { matches: query === CARDS_MEDIA_QUERY });
    try {
      mockFetch({
        ...REFERENCE_ROUTES,
        [LIST]: () => jsonResponse(pageOf([summaryOf(IN_REVIEW)])),
      });
      renderQueue();
      const cards = await screen.findByRole('list', { name: 'Diagnostics des structures' });
      expect(within(cards).getByText('Les Jardins de Cocagne')).toBeVisible();
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    } finally {
      window.matchMedia = desktop;
    }
  });

  it('opens_a_diagnostic_for_a_structure_picked_in_the_directory', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      [LIST]: () => jsonResponse(pageOf([])),
      [CREATE]: () => tagged(DRAFT, 201),
    });
    const { user, router } = renderQueue();

    await user.click(await openButton());
    const dialog = await screen.findByRole('dialog', {
      name: 'Ouvrir un diagnostic pour une structure',
    });
    await user.click(within(dialog).getByRole('button', { name: /choisir Les Jardins/ }));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/diagnostics/${DIAGNOSTIC_ID}`),
    );
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post?.json()).toEqual({ structureId: STRUCTURE_ID });
  });

  it('offers_the_open_diagnostic_when_the_structure_already_has_one', async () => {
    mockFetch({
      ...REFERENCE_ROUTES,
      [LIST]: (request) =>
        jsonResponse(
          pageOf(
            new URL(request.url).searchParams.has('structureId') ? [summaryOf(IN_REVIEW)] : [],
          ),
        ),
      [CREATE]: () =>
        problemResponse(409, {
          type: 'https://relance-iae.fr/problems/conflict',
          title: 'Conflit',
          detail: 'Un diagnostic est déjà ouvert pour cette structure.',
        }),
    });
    const { user } = renderQueue();

    await user.click(await openButton());
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /choisir Les Jardins/ }));

    expect(
      await within(dialog).findByText('Un diagnostic est déjà ouvert pour cette structure.'),
    ).toBeVisible();
    expect(
      await within(dialog).findByRole('link', { name: 'Ouvrir le diagnostic en cours' }),
    ).toHaveAttribute('href', `/diagnostics/${DIAGNOSTIC_ID}`);
  });
});
