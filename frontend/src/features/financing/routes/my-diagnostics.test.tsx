import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import {
  DIAGNOSTIC_ID,
  DRAFT,
  ORIENTED,
  REFERENCE_ROUTES,
  STRUCTURE_ID,
  pageOf,
  renderFinancingRoute,
  summaryOf,
  tagged,
} from '../testing/fixtures';
import { MyDiagnosticsRoute } from './my-diagnostics';

const JARDINS = {
  id: STRUCTURE_ID,
  siret: '12345678901234',
  name: 'Les Jardins de Cocagne',
  kind: 'ACI',
  postCode: '93100',
  city: 'Montreuil',
  department: '93',
  sectors: [],
  prestaTypes: [],
  labels: [],
  networks: [],
  offerCount: 0,
  active: true,
  completionRate: 80,
};

function renderList() {
  return renderFinancingRoute(<MyDiagnosticsRoute />, {
    path: '/diagnostic-financier',
    routes: [{ path: '/diagnostic-financier/:id', element: <h1>Page du diagnostic</h1> }],
  });
}

describe('the structure’s diagnostics', { timeout: 30_000 }, () => {
  it('lists_its_diagnostics_and_starts_a_new_one', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/me/structures': () => jsonResponse([JARDINS]),
      // The closed one is listed; none is open (the start panel asks with status=…).
      'GET /api/v1/financing-diagnostics': (request) =>
        jsonResponse(
          pageOf(
            new URL(request.url).searchParams.has('status')
              ? []
              : [{ ...summaryOf(ORIENTED), status: 'CLOSED' as const }],
          ),
        ),
      'POST /api/v1/financing-diagnostics': () => tagged(DRAFT, 201),
    });
    const { user, router } = renderList();

    const table = await screen.findByRole('table', { name: 'Vos diagnostics' });
    expect(within(table).getByRole('link', { name: 'Les Jardins de Cocagne' })).toHaveAttribute(
      'href',
      `/diagnostic-financier/${DIAGNOSTIC_ID}`,
    );
    expect(table).toHaveTextContent('Clos');
    // The facilitators' columns are not the structure's.
    expect(table).not.toHaveTextContent('Suivi par');

    await user.click(screen.getByRole('button', { name: 'Commencer un diagnostic' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/diagnostic-financier/${DIAGNOSTIC_ID}`),
    );
    expect(await calls.find((call) => call.method === 'POST')?.json()).toEqual({
      structureId: STRUCTURE_ID,
    });
  });

  it('offers_to_resume_the_open_diagnostic_instead_of_starting_another', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/me/structures': () => jsonResponse([JARDINS]),
      'GET /api/v1/financing-diagnostics': () => jsonResponse(pageOf([summaryOf(ORIENTED)])),
    });
    renderList();

    const resume = await screen.findByRole('link', { name: 'Reprendre le diagnostic en cours' });
    expect(resume).toHaveAttribute('href', `/diagnostic-financier/${DIAGNOSTIC_ID}`);
    expect(screen.getByText(/à l’étape « Orienté »/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Commencer un diagnostic' })).toBeNull();
    const asked = calls
      .map((call) => new URL(call.url))
      .find((url) => url.searchParams.has('status'));
    expect(asked?.searchParams.get('structureId')).toBe(STRUCTURE_ID);
    expect(asked?.searchParams.getAll('status')).toEqual([
      'DRAFT',
      'SUBMITTED',
      'IN_REVIEW',
      'ORIENTED',
    ]);
  });

  it('asks_which_structure_when_the_account_has_several', async () => {
    mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/me/structures': () =>
        jsonResponse([
          JARDINS,
          { ...JARDINS, id: '44444444-4444-4444-4444-444444444444', name: 'Jardins de Bondy' },
        ]),
      'GET /api/v1/financing-diagnostics': () => jsonResponse(pageOf([])),
    });
    renderList();

    expect(await screen.findByRole('combobox', { name: 'Structure' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Commencer un diagnostic' })).toBeDisabled();
    expect(
      await screen.findByText('Vous n’avez pas encore de diagnostic : commencez-en un ci-dessus.'),
    ).toBeVisible();
  });
});
