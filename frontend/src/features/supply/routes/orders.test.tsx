import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import {
  DRAFT_ORDER,
  FACILITATOR,
  PARTLY_RESERVED_ORDER,
  pageOf,
  renderSupplyRoute,
  summaryOf,
} from '../testing/fixtures';
import { OrdersRoute } from './orders';

const LIST = 'GET /api/v1/supply-orders';
const OTHER = {
  ...summaryOf(DRAFT_ORDER),
  id: '88888888-8888-8888-8888-888888888888',
  reference: 'C-00043',
};

function renderList(
  user = undefined as typeof FACILITATOR | undefined,
  initialEntry = '/fournitures/commandes',
) {
  return renderSupplyRoute(<OrdersRoute />, {
    path: '/fournitures/commandes',
    initialEntry,
    ...(user ? { user } : {}),
  });
}

describe('mes commandes', { timeout: 30_000 }, () => {
  it('shows_each_order_with_its_status_and_quantities_in_french', async () => {
    mockFetch({ [LIST]: () => jsonResponse(pageOf([summaryOf(PARTLY_RESERVED_ORDER), OTHER])) });
    renderList();

    expect(await screen.findByRole('heading', { name: 'Mes commandes' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'C-00042' })).toHaveAttribute(
      'href',
      `/fournitures/commandes/${PARTLY_RESERVED_ORDER.id}`,
    );
    const table = screen.getByRole('table', { name: 'Les commandes de vos structures' });
    expect(within(table).getByText('Réservée en partie')).toBeInTheDocument();
    expect(within(table).getByText('Brouillon')).toBeInTheDocument();
    expect(within(table).getByText('45 unités : 5 réservées, 40 en attente')).toBeInTheDocument();
    expect(within(table).queryByText(/PARTIALLY_RESERVED|DRAFT/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'À expédier' })).not.toBeInTheDocument();
    expect(screen.getByText('2 résultats')).toBeInTheDocument();
  });

  it('says_what_to_do_when_there_is_no_order_yet', async () => {
    mockFetch({ [LIST]: () => jsonResponse(pageOf([])) });
    renderList();

    expect(await screen.findByText(/Vous n’avez encore passé aucune commande/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Commander des fournitures' })).toHaveAttribute(
      'href',
      '/fournitures/commander',
    );
  });

  it('sends_the_filters_of_the_url_to_the_api', async () => {
    const { calls } = mockFetch({ [LIST]: () => jsonResponse(pageOf([])) });
    renderList(
      undefined,
      '/fournitures/commandes?statut=SHIPPED&statut=DELIVERED&q=C-42&tri=oldest&page=2',
    );

    expect(
      await screen.findByText('Aucune commande ne correspond à ces filtres.'),
    ).toBeInTheDocument();
    const query = new URL(calls.at(-1)?.url ?? '').searchParams;
    expect(query.getAll('status')).toEqual(['SHIPPED', 'DELIVERED']);
    expect(query.get('q')).toBe('C-42');
    expect(query.get('sort')).toBe('oldest');
    expect(query.get('page')).toBe('1');
  });

  it('gives_a_facilitator_the_orders_to_ship_oldest_first', async () => {
    const { calls } = mockFetch({
      [LIST]: () => jsonResponse(pageOf([summaryOf(PARTLY_RESERVED_ORDER)])),
    });
    const { user, router } = renderList(FACILITATOR);

    expect(await screen.findByRole('heading', { name: 'Commandes' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'À expédier' }));

    expect(screen.getByRole('button', { name: 'À expédier' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const params = new URLSearchParams(router.state.location.search);
    expect(params.getAll('statut')).toEqual(['RESERVED', 'PARTIALLY_RESERVED']);
    expect(params.get('tri')).toBe('oldest');
    const query = new URL(calls.at(-1)?.url ?? '').searchParams;
    expect(query.getAll('status')).toEqual(['RESERVED', 'PARTIALLY_RESERVED']);
    expect(query.get('sort')).toBe('oldest');
    expect(screen.getByRole('link', { name: 'Commander pour une structure' })).toBeInTheDocument();
  });

  it('offers_to_retry_when_the_list_cannot_be_read', async () => {
    mockFetch({ [LIST]: () => problemResponse(500, { title: 'Internal Server Error' }) });
    renderList();

    expect(await screen.findByText('Impossible de charger la liste')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });
});
