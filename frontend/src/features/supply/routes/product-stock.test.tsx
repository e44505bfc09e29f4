import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderStockRoute } from '../testing/render-stock-route';
import { MASKS, MOVEMENTS, ORDER_ID, movementPage } from '../testing/stock-fixtures';
import { ProductStockRoute } from './product-stock';

const PRODUCT = `GET /api/v1/products/${MASKS.id}`;
const LEDGER = `GET /api/v1/products/${MASKS.id}/movements`;
const WAIT = { timeout: 5_000 };

function renderProduct() {
  return renderStockRoute(<ProductStockRoute />, {
    path: '/fournitures/stock/:id',
    initialEntry: `/fournitures/stock/${MASKS.id}`,
  });
}

describe('product stock page', { timeout: 60_000 }, () => {
  it('shows_the_figures_and_says_what_reserved_and_available_mean', async () => {
    mockFetch({
      [PRODUCT]: () => jsonResponse(MASKS),
      [LEDGER]: () => jsonResponse(movementPage([])),
    });
    renderProduct();

    expect(await screen.findByRole('heading', { level: 1, name: MASKS.name }, WAIT)).toBeVisible();
    const figures = screen.getByRole('region', { name: 'Stock' });
    expect(within(figures).getByText('1 200')).toBeInTheDocument();
    expect(within(figures).getByText('1 000')).toBeInTheDocument();
    expect(within(figures).getByText(/« Réservé » compte les unités promises/)).toBeInTheDocument();
    expect(screen.getByText('MASQ-IIR-50')).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Aucun mouvement : enregistrez une réception pour mettre ce produit en stock.',
      ),
    ).toBeInTheDocument();
  });

  it('shows_the_ledger_in_french_with_signed_quantities_and_the_orders', async () => {
    const { calls } = mockFetch({
      [PRODUCT]: () => jsonResponse(MASKS),
      [LEDGER]: () => jsonResponse(movementPage(MOVEMENTS, 45)),
    });
    renderProduct();

    const table = await screen.findByRole(
      'table',
      { name: 'Mouvements de stock, du plus récent au plus ancien' },
      WAIT,
    );
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      'Expédition',
      'Réservation',
      'Ajustement',
      'Réception',
      'Libération',
    ]);
    const [shipment, reservation, adjustment, receipt, release] = rows.map((row) => within(row));
    expect(shipment?.getByText('−10')).toBeInTheDocument();
    expect(shipment?.getByText('en stock et réservé')).toBeInTheDocument();
    expect(reservation?.getByText('+10')).toBeInTheDocument();
    expect(reservation?.getByText('réservé')).toBeInTheDocument();
    expect(reservation?.getByText('1 210 / 210 / 1 000')).toBeInTheDocument();
    expect(reservation?.getByRole('link', { name: 'C-00042' })).toHaveAttribute(
      'href',
      `/fournitures/commandes/${ORDER_ID}`,
    );
    expect(reservation?.getByText('Les Jardins de Cocagne')).toBeInTheDocument();
    expect(reservation?.getByText('Sami Structure')).toBeInTheDocument();
    expect(adjustment?.getByText('Inventaire : 3 boîtes abîmées')).toBeInTheDocument();
    expect(receipt?.getByText('+1 213')).toBeInTheDocument();
    expect(receipt?.getByText('Don de la Région Île-de-France')).toBeInTheDocument();
    expect(release?.getByText('−4')).toBeInTheDocument();
    expect(within(table).queryByText(/RECEIPT|SHIPMENT|RESERVATION|RELEASE|ADJUSTMENT/)).toBeNull();
    expect(screen.getByText('45 résultats')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Page 3' })).toBeInTheDocument();
    expect(
      Object.fromEntries(
        new URL(calls.find((call) => call.url.includes('movements'))?.url ?? '').searchParams,
      ),
    ).toMatchObject({ page: '0', size: '20' });
  });

  it('links_a_runs_reservation_to_the_run_which_lists_its_orders', async () => {
    const runId = '77777777-7777-4777-8777-777777777777';
    mockFetch({
      [PRODUCT]: () => jsonResponse(MASKS),
      [LEDGER]: () =>
        jsonResponse(
          movementPage([
            {
              id: 9,
              reason: 'RESERVATION',
              quantity: 640,
              onHandAfter: 1210,
              reservedAfter: 850,
              availableAfter: 360,
              allocationRunId: runId,
              authorName: 'Fanny Animatrice',
              createdAt: '2026-12-01T10:00:00Z',
            },
          ]),
        ),
    });
    renderProduct();

    const table = await screen.findByRole(
      'table',
      { name: 'Mouvements de stock, du plus récent au plus ancien' },
      WAIT,
    );
    const row = within(within(table).getAllByRole('row')[1] as HTMLElement);
    expect(row.getByText('+640')).toBeInTheDocument();
    expect(row.getByRole('link', { name: 'Voir la répartition' })).toHaveAttribute(
      'href',
      `/fournitures/repartition?run=${runId}`,
    );
    expect(row.getByText('Attribué par une répartition')).toBeInTheDocument();
  });

  it('says_when_the_product_does_not_exist', async () => {
    mockFetch({
      [PRODUCT]: () => problemResponse(404, { detail: 'Produit introuvable.' }),
      [LEDGER]: () => problemResponse(404, { detail: 'Produit introuvable.' }),
    });
    renderProduct();

    expect(await screen.findByText('Impossible de charger le produit', {}, WAIT)).toBeVisible();
    expect(screen.getByText('Produit introuvable.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Tout le stock' })).toHaveAttribute(
      'href',
      '/fournitures/stock',
    );
  });
});
