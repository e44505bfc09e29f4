import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import type { AllocationRunView } from '../api/allocation-runs';
import { renderStockRoute } from '../testing/render-stock-route';
import {
  appliedOf,
  FFP2,
  GEL,
  MASKS,
  OTHER_RUN_ID,
  proposalOf,
  RUN_ID,
} from '../testing/stock-fixtures';
import { AllocationRoute } from './allocation';

const WAIT = { timeout: 5_000 };
const RUNS = '/api/v1/allocation-runs';
const CONFLICT = {
  type: 'https://relance-iae.fr/problems/conflict',
  title: 'Conflit',
  detail: 'Le stock ou les commandes en attente ont changé depuis la proposition.',
};

function summaryOf(run: AllocationRunView) {
  return {
    id: run.id,
    status: run.status,
    createdAt: run.createdAt,
    createdByName: run.createdByName,
    available: run.available,
    allocated: run.allocated,
    productCount: run.products.length,
  };
}

function renderAllocation() {
  return renderStockRoute(<AllocationRoute />, { path: '/fournitures/repartition' });
}

describe('allocation page', { timeout: 60_000 }, () => {
  it('proposes_for_the_products_with_backorders_then_proposes_again_after_a_409_and_applies', async () => {
    const proposed: unknown[] = [];
    const applied: string[] = [];
    const runs: Record<string, AllocationRunView> = {};
    const next = [RUN_ID, OTHER_RUN_ID];
    mockFetch({
      'GET /api/v1/products': () => jsonResponse([FFP2, GEL, MASKS]),
      [`GET ${RUNS}`]: () =>
        jsonResponse({
          items: Object.values(runs).map(summaryOf),
          page: 0,
          size: 10,
          totalItems: 0,
        }),
      [`POST ${RUNS}`]: async (request) => {
        proposed.push(await request.json());
        const run = proposalOf(next.shift() ?? 'none');
        runs[run.id] = run;
        return jsonResponse(run, 201);
      },
      [`GET ${RUNS}/${RUN_ID}`]: () => jsonResponse(runs[RUN_ID]),
      [`POST ${RUNS}/${RUN_ID}/apply`]: () => {
        applied.push(RUN_ID);
        return problemResponse(409, CONFLICT);
      },
      [`GET ${RUNS}/${OTHER_RUN_ID}`]: () => jsonResponse(runs[OTHER_RUN_ID]),
      [`POST ${RUNS}/${OTHER_RUN_ID}/apply`]: () => {
        applied.push(OTHER_RUN_ID);
        runs[OTHER_RUN_ID] = appliedOf(OTHER_RUN_ID);
        return jsonResponse(runs[OTHER_RUN_ID]);
      },
    });
    const { user, router } = renderAllocation();

    // Every product with orders waiting is chosen; the others are not offered.
    const picker = await screen.findByRole('group', { name: 'Produits à répartir' }, WAIT);
    expect(within(picker).getByRole('checkbox', { name: FFP2.name })).toBeChecked();
    expect(within(picker).getByRole('checkbox', { name: GEL.name })).toBeChecked();
    expect(within(picker).queryByRole('checkbox', { name: MASKS.name })).toBeNull();
    expect(within(picker).getByText(/Rien de disponible, 45 en attente/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Proposer une répartition' }));
    const panel = await screen.findByRole('region', { name: 'Répartition proposée' }, WAIT);
    expect(proposed).toEqual([{ dryRun: true, productIds: [FFP2.id, GEL.id] }]);
    expect(router.state.location.search).toBe(`?run=${RUN_ID}`);
    expect(within(panel).getByText('Proposition')).toBeInTheDocument();
    expect(
      within(panel).getByText('1 000 unités à répartir : 980 attribuées, 20 restantes'),
    ).toBeInTheDocument();
    const lines = within(panel).getByRole('table', { name: 'Par structure et par commande' });
    const jardins = within(
      within(lines).getByText('Les Jardins de Cocagne').closest('tr') as HTMLElement,
    );
    expect(jardins.getByText('12,5')).toBeInTheDocument();
    expect(jardins.getByText('800')).toBeInTheDocument();
    expect(jardins.getByText('780')).toBeInTheDocument();
    expect(jardins.getByRole('link', { name: 'C-00042' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/fournitures\/commandes\//),
    );
    expect(within(lines).getByRole('columnheader', { name: 'ETP d’insertion' })).toBeVisible();
    const byProduct = within(panel).getByRole('table', { name: 'Par produit' });
    expect(within(byProduct).getByText(FFP2.name)).toBeInTheDocument();

    // Applying after the stock changed: 409, nothing applied, an offer to propose again.
    await user.click(within(panel).getByRole('button', { name: 'Appliquer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Appliquer cette répartition ?' });
    expect(dialog).toHaveTextContent('980 unités seront réservées pour 2 structures');
    await user.click(within(dialog).getByRole('button', { name: 'Appliquer' }));
    expect(
      await within(panel).findByText('Le stock ou les commandes ont changé', {}, WAIT),
    ).toBeInTheDocument();
    expect(within(panel).getByText(CONFLICT.detail)).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Appliquer' })).toBeNull();
    expect(applied).toEqual([RUN_ID]);

    await user.click(within(panel).getByRole('button', { name: 'Proposer de nouveau' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?run=${OTHER_RUN_ID}`));
    expect(proposed).toHaveLength(2);
    expect(proposed[1]).toEqual({ dryRun: true, productIds: [FFP2.id, GEL.id] });

    // The new proposal applies.
    // A new panel for the new proposal (the conflict belonged to the old one).
    await user.click(await screen.findByRole('button', { name: 'Appliquer' }, WAIT));
    const again = await screen.findByRole('dialog', { name: 'Appliquer cette répartition ?' });
    await user.click(within(again).getByRole('button', { name: 'Appliquer' }));
    expect(
      await screen.findByText(
        'Répartition appliquée : 980 unités réservées pour 2 structures.',
        {},
        WAIT,
      ),
    ).toBeInTheDocument();
    expect(applied).toEqual([RUN_ID, OTHER_RUN_ID]);
    const done = screen.getByRole('region', { name: 'Répartition proposée' });
    expect(within(done).getByRole('heading', { name: 'Répartition appliquée' })).toBeVisible();
    expect(within(done).queryByRole('button', { name: 'Appliquer' })).toBeNull();
  });

  it('lists_past_runs_in_french_and_shows_one', async () => {
    const past = appliedOf(RUN_ID);
    mockFetch({
      'GET /api/v1/products': () => jsonResponse([MASKS]),
      [`GET ${RUNS}`]: () =>
        jsonResponse({ items: [summaryOf(past)], page: 0, size: 10, totalItems: 1 }),
      [`GET ${RUNS}/${RUN_ID}`]: () => jsonResponse(past),
    });
    const { user } = renderAllocation();

    expect(
      await screen.findByText(
        'Aucune commande n’attend de stock : il n’y a rien à répartir.',
        {},
        WAIT,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Proposer une répartition' })).toBeDisabled();
    const history = await screen.findByRole('table', { name: 'Répartitions précédentes' }, WAIT);
    expect(within(history).getByText('Appliquée')).toBeInTheDocument();
    expect(within(history).getByText('980 sur 1 000')).toBeInTheDocument();
    await user.click(within(history).getByRole('button', { name: /^Voir la répartition du/ }));

    const panel = await screen.findByRole('region', { name: 'Répartition proposée' }, WAIT);
    expect(
      within(panel).getByText(/980 unités réservées pour 2 structures\. Les structures/),
    ).toBeVisible();
    expect(within(history).getByText('Affichée ci-dessus')).toBeInTheDocument();
  });
});
