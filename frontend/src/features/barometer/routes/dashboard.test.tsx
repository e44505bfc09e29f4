import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, type Handler } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import {
  CELL_SURVEYS,
  DEPARTMENTS,
  FACILITATOR,
  INDICATORS,
  NON_RESPONDENTS,
  page,
} from '../testing/fixtures';
import { DashboardRoute } from './dashboard';

const WAIT = { timeout: 5_000 };
/** The charts load on first show (recharts is large): the first render of a run takes longer. */
const CHARTS_WAIT = { timeout: 20_000 };

function renderDashboard(
  initialEntry = '/barometre/tableau-de-bord',
  overrides: Record<string, Handler> = {},
) {
  signIn(FACILITATOR);
  const mock = mockFetch({
    'GET /api/v1/departments': () => jsonResponse(DEPARTMENTS),
    'GET /api/v1/indicators/activity': () => jsonResponse(INDICATORS),
    'GET /api/v1/indicators/activity/structures': () => jsonResponse(page(CELL_SURVEYS)),
    'GET /api/v1/indicators/activity/non-respondents': () => jsonResponse(page(NON_RESPONDENTS)),
    ...overrides,
  });
  const rendered = renderRoute(<DashboardRoute />, {
    path: '/barometre/tableau-de-bord',
    initialEntry,
  });
  return { ...rendered, ...mock };
}

function queryOf(calls: Request[], path: string): URLSearchParams[] {
  return calls
    .filter((call) => new URL(call.url).pathname === path)
    .map((call) => new URL(call.url).searchParams);
}

describe('the barometer’s dashboard', { timeout: 60_000 }, () => {
  it('shows_the_weekly_charts_each_with_its_last_week_in_words', async () => {
    renderDashboard();
    const activity = await screen.findByRole('figure', { name: /Niveau d’activité/ }, CHARTS_WAIT);
    expect(activity).toHaveTextContent(
      'S48 : médiane 62 %, la moitié des structures entre 45 % et 80 %.',
    );
    expect(screen.getByRole('figure', { name: 'Taux de réponse' })).toHaveTextContent(
      'S48 : 60 % (12 structures sur 20 actives).',
    );
    expect(screen.getByRole('figure', { name: /Part des structures/ })).toHaveTextContent(
      'clients 41,7 %',
    );
  });

  it('offers_the_same_figures_as_a_table_kept_in_the_url', async () => {
    const { user, router } = renderDashboard();
    await screen.findByRole('figure', { name: /Niveau d’activité/ }, CHARTS_WAIT);
    await user.click(screen.getByRole('radio', { name: 'Tableau' }));
    const table = await screen.findByRole(
      'table',
      { name: 'Indicateurs semaine par semaine' },
      WAIT,
    );
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(table).toHaveTextContent('62 % (quartiles 45 % – 80 %)');
    expect(router.state.location.search).toContain('vue=tableau');
  });

  it('reads_its_filters_from_the_url_and_asks_for_them', async () => {
    const { calls } = renderDashboard(
      '/barometre/tableau-de-bord?semaines=26&departement=93&type=ACI',
    );
    await screen.findByRole(
      'heading',
      { name: /93 — Seine-Saint-Denis · ACI — 26 dernières semaines/ },
      WAIT,
    );
    const queries = queryOf(calls, '/api/v1/indicators/activity');
    const [query] = queries;
    expect(query?.get('department')).toBe('93');
    expect(query?.get('kind')).toBe('ACI');
    expect(query?.getAll('level')).toEqual(['DEPARTMENT_AND_KIND']);
    expect(queries).toHaveLength(1);
    const from = query?.get('from') ?? '';
    const to = query?.get('to') ?? '';
    expect(to).toMatch(/^\d{4}-W\d{2}$/);
    expect(from < to).toBe(true);
  });

  it('asks_for_the_weeks_totals_then_the_chosen_weeks_breakdowns_only', async () => {
    const { calls } = renderDashboard();
    await screen.findByRole('table', { name: /^Par type de structure/ }, WAIT);
    const [series, breakdown] = queryOf(calls, '/api/v1/indicators/activity');
    expect(series?.getAll('level')).toEqual(['WEEK']);
    expect(series?.get('from')).not.toBe(series?.get('to'));
    expect(breakdown?.get('from')).toBe('2026-W48');
    expect(breakdown?.get('to')).toBe('2026-W48');
    expect(breakdown?.getAll('level')).toEqual(['DEPARTMENT', 'KIND']);
  });

  it('drills_down_to_the_structures_of_a_department', async () => {
    const { user, calls } = renderDashboard();
    const byDepartment = await screen.findByRole('table', { name: /^Par département/ }, WAIT);
    expect(byDepartment).toHaveTextContent('93 — Seine-Saint-Denis');
    await user.click(
      within(byDepartment).getByRole('button', {
        name: 'Voir les 7 structures : 93 — Seine-Saint-Denis',
      }),
    );
    const dialog = await screen.findByRole('dialog', {}, WAIT);
    expect(await within(dialog).findByText('Les Jardins de Cocagne', {}, WAIT)).toBeInTheDocument();
    const [query] = queryOf(calls, '/api/v1/indicators/activity/structures');
    expect(query?.get('week')).toBe('2026-W48');
    expect(query?.get('department')).toBe('93');
    expect(query?.has('kind')).toBe(false);
  });

  it('lists_the_structures_that_did_not_answer_with_a_way_to_enter_their_answer', async () => {
    renderDashboard();
    const list = await screen.findByRole('table', { name: /^Structures sans réponse/ }, WAIT);
    expect(list).toHaveTextContent('Envie 93');
    expect(list).toHaveTextContent('Relancée jeudi');
    expect(list).toHaveTextContent('semaine 46');
    expect(
      within(list).getByRole('link', { name: 'Saisir la réponse de Envie 93' }),
    ).toHaveAttribute('href', '/barometre/saisie?structure=33333333-0000-0000-0000-000000000002');
  });

  it('exports_the_filters_as_csv_and_xlsx', async () => {
    const formats: (string | null)[] = [];
    const { user } = renderDashboard('/barometre/tableau-de-bord', {
      'GET /api/v1/indicators/activity/export': (request) => {
        formats.push(new URL(request.url).searchParams.get('format'));
        return new Response('Semaine;Département\n', { headers: { 'Content-Type': 'text/csv' } });
      },
    });
    URL.createObjectURL = () => 'blob:export';
    URL.revokeObjectURL = () => undefined;
    await screen.findByRole('figure', { name: /Niveau d’activité/ }, CHARTS_WAIT);
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    await user.click(screen.getByRole('button', { name: 'Exporter en Excel (XLSX)' }));
    await waitFor(() => expect(formats).toEqual(['csv', 'xlsx']));
  });

  it('says_what_to_do_when_nothing_was_answered_or_loading_failed', async () => {
    renderDashboard('/barometre/tableau-de-bord?departement=75', {
      'GET /api/v1/indicators/activity': () => jsonResponse({ ...INDICATORS, cells: [] }),
    });
    expect(
      await screen.findByText(/Aucune réponse sur cette période avec ces filtres/, {}, WAIT),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Effacer les filtres' })).toBeInTheDocument();
  });

  it('offers_to_retry_when_the_indicators_cannot_be_loaded', async () => {
    renderDashboard('/barometre/tableau-de-bord', {
      'GET /api/v1/indicators/activity': () => problemResponse(500, { title: 'Erreur' }),
    });
    expect(
      await screen.findByText('Impossible de charger les indicateurs', {}, WAIT),
    ).toBeInTheDocument();
    expect(screen.getByText(/raccourcissez la période/)).toBeInTheDocument();
  });
});
