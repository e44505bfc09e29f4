import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderStockRoute } from '../testing/render-stock-route';
import { GEL, GLOVES, MASKS, STOCK_ADMIN } from '../testing/stock-fixtures';
import { StockRoute } from './stock';

const LIST = 'GET /api/v1/products';
const RECEIPTS = `POST /api/v1/products/${MASKS.id}/receipts`;
const ADJUSTMENTS = `POST /api/v1/products/${GEL.id}/adjustments`;
const WAIT = { timeout: 5_000 };

function renderStock(user = undefined as typeof STOCK_ADMIN | undefined) {
  return renderStockRoute(<StockRoute />, {
    path: '/fournitures/stock',
    ...(user ? { user } : {}),
  });
}

function movementOf(productId: string, quantity: number) {
  return {
    id: 9,
    reason: 'RECEIPT',
    quantity,
    onHandAfter: 0,
    reservedAfter: 0,
    availableAfter: 0,
    createdAt: '2026-12-01T10:00:00Z',
    productId,
  };
}

describe('stock page', { timeout: 60_000 }, () => {
  it('shows_every_product_with_its_figures_and_the_signals_in_french', async () => {
    const { calls } = mockFetch({ [LIST]: () => jsonResponse([GEL, GLOVES, MASKS]) });
    renderStock();

    const table = await screen.findByRole('table', { name: 'Produits et stock' }, WAIT);
    const gel = within(table).getByRole('link', { name: GEL.name }).closest('tr');
    expect(gel).not.toBeNull();
    const gelRow = within(gel as HTMLElement);
    expect(gelRow.getByText('Rupture')).toBeInTheDocument();
    expect(gelRow.getByText('Commandes en attente : 45')).toBeInTheDocument();
    expect(gelRow.getByText('Sans limite')).toBeInTheDocument();
    const masks = within(
      within(table).getByRole('link', { name: MASKS.name }).closest('tr') as HTMLElement,
    );
    // Testing Library reads the narrow no-break space of French thousands as a space.
    expect(masks.getByText('1 000')).toBeInTheDocument();
    expect(masks.queryByText('Rupture')).not.toBeInTheDocument();
    expect(within(table).getByRole('link', { name: MASKS.name })).toHaveAttribute(
      'href',
      `/fournitures/stock/${MASKS.id}`,
    );
    const gloves = within(
      within(table).getByRole('link', { name: GLOVES.name }).closest('tr') as HTMLElement,
    );
    expect(gloves.getByText('Inactif')).toBeInTheDocument();
    expect(gloves.getByText('Non')).toBeInTheDocument();
    expect(new URL(calls[0]?.url ?? '').searchParams.get('includeInactive')).toBe('true');
    expect(screen.getByRole('button', { name: `Réception de ${MASKS.name}` })).toBeInTheDocument();
  });

  it('points_to_the_allocation_when_stock_is_there_and_orders_wait', async () => {
    mockFetch({ [LIST]: () => jsonResponse([{ ...GEL, onHand: 130, available: 100 }]) });
    renderStock();

    expect(
      await screen.findByText(/a du stock disponible et des commandes en attente/, {}, WAIT),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Répartition' })).toHaveAttribute(
      'href',
      '/fournitures/repartition',
    );
  });

  it('lets_an_admin_edit_the_catalogue_but_not_move_the_stock', async () => {
    mockFetch({ [LIST]: () => jsonResponse([MASKS]) });
    renderStock(STOCK_ADMIN);

    expect(
      await screen.findByRole('button', { name: `Modifier ${MASKS.name}` }, WAIT),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: `Réception de ${MASKS.name}` }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: `Ajustement de ${MASKS.name}` }),
    ).not.toBeInTheDocument();
  });

  it('checks_a_receipt_before_sending_it', async () => {
    const { calls } = mockFetch({ [LIST]: () => jsonResponse([MASKS]) });
    const { user } = renderStock();
    await user.click(
      await screen.findByRole('button', { name: `Réception de ${MASKS.name}` }, WAIT),
    );
    const dialog = await screen.findByRole('dialog', { name: `Réception : ${MASKS.name}` });

    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer la réception' }));
    expect(within(dialog).getByText('Indiquez le nombre d’unités reçues.')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Indiquez la provenance (un don, un achat…).'),
    ).toBeInTheDocument();
    const quantity = within(dialog).getByRole('textbox', { name: /Quantité reçue/ });
    expect(quantity).toHaveFocus();

    await user.type(quantity, '0');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer la réception' }));
    expect(
      within(dialog).getByText('Saisissez un nombre supérieur ou égal à 1.'),
    ).toBeInTheDocument();
    await user.clear(quantity);
    await user.type(quantity, '2,5');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer la réception' }));
    expect(within(dialog).getByText('Saisissez un nombre entier.')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  });

  it('sends_a_receipt_once_on_a_double_click_and_again_with_the_same_key_after_a_lost_answer', async () => {
    const keys: (string | null)[] = [];
    const bodies: unknown[] = [];
    let answer: 'wait' | 'fail' | 'ok' = 'wait';
    let release = () => {};
    mockFetch({
      [LIST]: () => jsonResponse([MASKS]),
      [RECEIPTS]: async (request) => {
        keys.push(request.headers.get('Idempotency-Key'));
        bodies.push(await request.json());
        if (answer === 'wait') await new Promise<void>((resolve) => (release = resolve));
        if (answer === 'ok') return jsonResponse(movementOf(MASKS.id, 120), 201);
        return problemResponse(503, { title: 'Service Unavailable' });
      },
    });
    const { user } = renderStock();
    await user.click(
      await screen.findByRole('button', { name: `Réception de ${MASKS.name}` }, WAIT),
    );
    const dialog = await screen.findByRole('dialog', { name: `Réception : ${MASKS.name}` });
    await user.type(within(dialog).getByRole('textbox', { name: /Quantité reçue/ }), '120');
    await user.type(
      within(dialog).getByRole('textbox', { name: /Provenance/ }),
      'Don de la Région',
    );

    // A double click while the server has not answered: one request.
    await user.dblClick(within(dialog).getByRole('button', { name: 'Enregistrer la réception' }));
    await waitFor(() => expect(keys).toHaveLength(1));
    // Even a submission that gets past the disabled button (Enter in a field) waits for the answer.
    const form = within(dialog)
      .getByRole('button', { name: 'Enregistrer la réception' })
      .closest('form');
    fireEvent.submit(form as HTMLFormElement);
    answer = 'fail';
    release();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Erreur inattendue');
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(bodies[0]).toEqual({ quantity: 120, source: 'Don de la Région' });

    // The same receipt sent again (its answer was lost): the same key, so the server records it once.
    answer = 'ok';
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer la réception' }));
    await waitFor(() => expect(keys).toHaveLength(2));
    expect(keys[1]).toBe(keys[0]);
    expect(
      await screen.findByText(`Réception enregistrée : 120 unités de « ${MASKS.name} ».`),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // Another receipt of the same units: a new attempt, a new key.
    await user.click(screen.getByRole('button', { name: `Réception de ${MASKS.name}` }));
    const again = await screen.findByRole('dialog', { name: `Réception : ${MASKS.name}` });
    await user.type(within(again).getByRole('textbox', { name: /Quantité reçue/ }), '120');
    await user.type(within(again).getByRole('textbox', { name: /Provenance/ }), 'Don de la Région');
    await user.click(within(again).getByRole('button', { name: 'Enregistrer la réception' }));
    await waitFor(() => expect(keys).toHaveLength(3));
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('takes_a_new_key_when_the_receipt_is_changed_after_a_failure', async () => {
    const keys: (string | null)[] = [];
    mockFetch({
      [LIST]: () => jsonResponse([MASKS]),
      [RECEIPTS]: (request) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return problemResponse(503, { title: 'Service Unavailable' });
      },
    });
    const { user } = renderStock();
    await user.click(
      await screen.findByRole('button', { name: `Réception de ${MASKS.name}` }, WAIT),
    );
    const dialog = await screen.findByRole('dialog', { name: `Réception : ${MASKS.name}` });
    const quantity = within(dialog).getByRole('textbox', { name: /Quantité reçue/ });
    await user.type(quantity, '120');
    await user.type(within(dialog).getByRole('textbox', { name: /Provenance/ }), 'Achat');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer la réception' }));
    await within(dialog).findByRole('alert');

    await user.clear(quantity);
    await user.type(quantity, '12');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer la réception' }));
    await waitFor(() => expect(keys).toHaveLength(2));
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('shows_at_the_quantity_an_adjustment_that_would_remove_reserved_units', async () => {
    const sent: unknown[] = [];
    const keys: (string | null)[] = [];
    const detail = 'Seules 0 unité(s) sont disponibles : les autres sont réservées.';
    mockFetch({
      [LIST]: () => jsonResponse([GEL]),
      [ADJUSTMENTS]: async (request) => {
        keys.push(request.headers.get('Idempotency-Key'));
        sent.push(await request.json());
        return problemResponse(409, {
          type: 'https://relance-iae.fr/problems/conflict',
          title: 'Conflit',
          detail,
          errors: [{ field: 'quantity', message: detail }],
        });
      },
    });
    const { user } = renderStock();
    await user.click(
      await screen.findByRole('button', { name: `Ajustement de ${GEL.name}` }, WAIT),
    );
    const dialog = await screen.findByRole('dialog', { name: `Ajustement : ${GEL.name}` });
    const quantity = within(dialog).getByRole('textbox', { name: /Unités ajoutées ou retirées/ });

    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer l’ajustement' }));
    expect(within(dialog).getByText(/Expliquez l’ajustement/)).toBeInTheDocument();
    await user.type(quantity, '0');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer l’ajustement' }));
    expect(
      within(dialog).getByText('Un ajustement ajoute ou retire au moins une unité.'),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.clear(quantity);
    await user.type(quantity, '-5');
    await user.type(within(dialog).getByRole('textbox', { name: /Commentaire/ }), 'Casse');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer l’ajustement' }));

    expect(await within(dialog).findByText(detail)).toBeInTheDocument();
    expect(quantity).toHaveAttribute('aria-invalid', 'true');
    expect(quantity).toHaveFocus();
    expect(sent).toEqual([{ quantity: -5, comment: 'Casse' }]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('creates_a_product_and_shows_a_reference_already_taken_at_the_field', async () => {
    const sent: unknown[] = [];
    mockFetch({
      [LIST]: () => jsonResponse([MASKS]),
      'POST /api/v1/products': async (request) => {
        sent.push(await request.json());
        return problemResponse(409, {
          type: 'https://relance-iae.fr/problems/conflict',
          detail: 'Un autre produit porte déjà cette référence.',
          errors: [{ field: 'sku', message: 'Un autre produit porte déjà cette référence.' }],
        });
      },
    });
    const { user } = renderStock();
    await user.click(await screen.findByRole('button', { name: 'Nouveau produit' }, WAIT));
    const dialog = await screen.findByRole('dialog', { name: 'Nouveau produit' });
    await user.type(within(dialog).getByRole('textbox', { name: /Nom/ }), 'Masque FFP2');
    const sku = within(dialog).getByRole('textbox', { name: /Référence/ });
    await user.type(sku, 'masq iir');
    await user.type(within(dialog).getByRole('textbox', { name: /Unité/ }), 'boîte');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter le produit' }));
    expect(within(dialog).getByText(/sans espace/)).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.clear(sku);
    await user.type(sku, 'masq-iir-50');
    await user.type(within(dialog).getByRole('textbox', { name: /Maximum par commande/ }), '10');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter le produit' }));

    expect(
      await within(dialog).findByText('Un autre produit porte déjà cette référence.'),
    ).toBeInTheDocument();
    expect(sku).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([
      { sku: 'masq-iir-50', name: 'Masque FFP2', unit: 'boîte', maxPerOrder: 10, active: true },
    ]);
  });

  it('edits_a_product_with_if_match_and_offers_to_reload_when_someone_saved_first', async () => {
    const ifMatch: (string | null)[] = [];
    mockFetch({
      [LIST]: () => jsonResponse([MASKS]),
      [`PUT /api/v1/products/${MASKS.id}`]: (request) => {
        ifMatch.push(request.headers.get('If-Match'));
        return problemResponse(412, { title: 'Precondition Failed' });
      },
    });
    const { user } = renderStock();
    await user.click(await screen.findByRole('button', { name: `Modifier ${MASKS.name}` }, WAIT));
    const dialog = await screen.findByRole('dialog', { name: `Modifier « ${MASKS.name} »` });
    await user.click(within(dialog).getByRole('checkbox', { name: /Produit actif/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(await within(dialog).findByText('Modification concurrente')).toBeInTheDocument();
    expect(ifMatch).toEqual(['"3"']);
    await user.click(within(dialog).getByRole('button', { name: 'Recharger la fiche' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
