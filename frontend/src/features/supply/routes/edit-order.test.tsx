import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import {
  DRAFT_ORDER,
  GEL,
  JARDINS,
  MASKS,
  ORDER_ID,
  PARTLY_RESERVED_ORDER,
  renderSupplyRoute,
  tagged,
} from '../testing/fixtures';
import { EditOrderRoute } from './edit-order';

const DETAIL = `GET /api/v1/supply-orders/${ORDER_ID}`;
const UPDATE = `PUT /api/v1/supply-orders/${ORDER_ID}`;
const STRUCTURES = { 'GET /api/v1/me/structures': () => jsonResponse([JARDINS]) };

function renderEdit() {
  return renderSupplyRoute(<EditOrderRoute />, {
    path: '/fournitures/commandes/:id/modifier',
    initialEntry: `/fournitures/commandes/${ORDER_ID}/modifier`,
  });
}

describe('modifier une commande', { timeout: 30_000 }, () => {
  it('fills_the_form_with_the_draft_and_says_what_left_the_catalogue', async () => {
    mockFetch({
      ...STRUCTURES,
      [DETAIL]: () => tagged(DRAFT_ORDER),
      // The masks are no longer offered.
      'GET /api/v1/products': () => jsonResponse([GEL]),
    });
    renderEdit();

    expect(
      await screen.findByRole('heading', { name: 'Modifier la commande C-00042' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/n’est plus proposé : retiré de la commande/),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Adresse/ })).toHaveValue('12 rue de la Paix');
    expect(screen.getByRole('textbox', { name: /^Quantité de « Gel/ })).toHaveValue('');
  });

  it('offers_to_reload_a_draft_changed_meanwhile', async () => {
    let reads = 0;
    mockFetch({
      ...STRUCTURES,
      [DETAIL]: () => {
        reads += 1;
        return tagged(
          reads === 1 ? DRAFT_ORDER : { ...DRAFT_ORDER, comment: 'Portail B', version: 2 },
        );
      },
      'GET /api/v1/products': () => jsonResponse([MASKS, GEL]),
      [UPDATE]: () => problemResponse(412, { title: 'Precondition Failed' }),
    });
    const { user } = renderEdit();

    const masks = await screen.findByRole('textbox', { name: /^Quantité de « Masque/ });
    expect(masks).toHaveValue('5');
    await user.clear(masks);
    await user.type(masks, '6');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    expect(await screen.findByText('Modification concurrente')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Recharger la fiche' }));
    expect(await screen.findByDisplayValue('Portail B')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Quantité de « Masque/ })).toHaveValue('5');
  });

  it('says_a_sent_order_is_no_longer_a_draft', async () => {
    mockFetch({ ...STRUCTURES, [DETAIL]: () => tagged(PARTLY_RESERVED_ORDER) });
    renderEdit();

    expect(await screen.findByText('Cette commande n’est plus un brouillon')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Retour à la commande' })).toHaveAttribute(
      'href',
      `/fournitures/commandes/${ORDER_ID}`,
    );
  });
});
