import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import {
  DRAFT_ORDER,
  FACILITATOR,
  GEL,
  JARDINS,
  JARDINS_BIS,
  MASKS,
  ORDER_ID,
  PARTLY_RESERVED_ORDER,
  PRODUCTS,
  renderSupplyRoute,
  tagged,
} from '../testing/fixtures';
import { NewOrderRoute } from './new-order';

const CREATE = 'POST /api/v1/supply-orders';
const UPDATE = `PUT /api/v1/supply-orders/${ORDER_ID}`;
const SUBMIT = `POST /api/v1/supply-orders/${ORDER_ID}/submit`;
const CATALOGUE = {
  'GET /api/v1/products': () => jsonResponse(PRODUCTS),
  'GET /api/v1/me/structures': () => jsonResponse([JARDINS]),
};

function renderNewOrder(user = undefined as typeof FACILITATOR | undefined) {
  return renderSupplyRoute(<NewOrderRoute />, {
    path: '/fournitures/commander',
    routes: [
      { path: '/fournitures/commandes/:id', element: <h1>Page de la commande</h1> },
      { path: '/fournitures/commandes/:id/modifier', element: <h1>Modifier la commande</h1> },
    ],
    ...(user ? { user } : {}),
  });
}

const quantityOf = (name: string) =>
  screen.getByRole('textbox', { name: new RegExp(`^Quantité de « ${name}`) });

describe('commander', { timeout: 30_000 }, () => {
  it('shows_each_product_with_its_availability_in_words_and_no_structure_choice_for_one', async () => {
    mockFetch(CATALOGUE);
    renderNewOrder();

    expect(await screen.findByText(MASKS.name)).toBeInTheDocument();
    expect(screen.getByText('120 disponibles')).toBeInTheDocument();
    expect(screen.getByText('Au plus 10 par commande')).toBeInTheDocument();
    expect(
      screen.getByText('Rupture : votre demande attendra le prochain arrivage'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('combobox', { name: /Structure qui commande/ }),
    ).not.toBeInTheDocument();
  });

  it('refuses_a_quantity_that_is_not_a_whole_number_and_keeps_it_as_typed', async () => {
    const { calls } = mockFetch(CATALOGUE);
    const { user } = renderNewOrder();

    await user.type(await screen.findByRole('textbox', { name: /^Quantité de « Masque/ }), '2,5');
    await user.type(quantityOf('Gel'), '-3');
    await user.click(screen.getByRole('button', { name: 'Envoyer la commande' }));

    const masks = quantityOf('Masque');
    expect(masks).toHaveValue('2,5');
    expect(masks).toHaveAttribute('aria-invalid', 'true');
    expect(masks).toHaveFocus();
    expect(screen.getByText('Saisissez un nombre entier.')).toBeInTheDocument();
    expect(quantityOf('Gel')).toHaveValue('-3');
    expect(screen.getByText('Saisissez un nombre positif.')).toBeInTheDocument();
    expect(screen.getByRole('alert', { name: '2 champs à corriger' })).toBeInTheDocument();
    expect(calls.some((call) => call.method !== 'GET')).toBe(false);
  });

  it('says_the_limit_per_order_and_what_will_wait_beyond_the_stock', async () => {
    const { calls } = mockFetch(CATALOGUE);
    const { user } = renderNewOrder();

    await user.type(await screen.findByRole('textbox', { name: /^Quantité de « Masque/ }), '12');
    await user.type(quantityOf('Gel'), '4');
    expect(screen.getByText('Rupture : votre demande attendra le prochain arrivage')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    expect(screen.getByText('Au plus 10 par commande.')).toBeInTheDocument();
    expect(quantityOf('Masque')).toHaveFocus();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('creates_the_draft_without_delivery_then_sends_it_with_an_idempotency_key', async () => {
    const bodies: Record<string, unknown>[] = [];
    const { calls } = mockFetch({
      ...CATALOGUE,
      [CREATE]: async (request) => {
        bodies.push((await request.json()) as Record<string, unknown>);
        return tagged(DRAFT_ORDER, 201);
      },
      [SUBMIT]: () => tagged(PARTLY_RESERVED_ORDER),
    });
    const { user, router } = renderNewOrder();

    await user.type(await screen.findByRole('textbox', { name: /^Quantité de « Masque/ }), '5');
    await user.type(screen.getByRole('textbox', { name: /^Commentaire/ }), 'Sonner au portail.');
    await user.click(screen.getByRole('button', { name: 'Envoyer la commande' }));

    expect(await screen.findByRole('heading', { name: 'Page de la commande' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/fournitures/commandes/${ORDER_ID}`);
    // Left out, the delivery is the structure's address and contact.
    expect(bodies).toEqual([
      {
        structureId: JARDINS.id,
        lines: [{ productId: MASKS.id, quantity: 5 }],
        comment: 'Sonner au portail.',
      },
    ]);
    const writes = calls.filter((call) => call.method !== 'GET');
    expect(writes.map((call) => `${call.method} ${new URL(call.url).pathname}`)).toEqual([
      CREATE,
      SUBMIT,
    ]);
    expect(writes[0]?.headers.get('Idempotency-Key')).toBeTruthy();
    expect(writes[1]?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{32,36}$/);
  });

  it('puts_the_refusals_of_the_server_at_their_fields_and_focuses_the_first', async () => {
    const created = {
      ...DRAFT_ORDER,
      delivery: { address: '12 rue de la Paix', city: 'Montreuil' },
    };
    mockFetch({
      ...CATALOGUE,
      [CREATE]: () => tagged(created, 201),
      [SUBMIT]: () =>
        problemResponse(400, {
          type: 'https://relance-iae.fr/problems/validation',
          title: 'Bad Request',
          detail: 'La commande n’est pas complète.',
          errors: [
            { field: 'delivery.postCode', message: 'Le code postal est obligatoire.' },
            {
              field: 'lines[0].quantity',
              message: 'Au plus 10 boîte(s) de « Masque » par commande.',
            },
          ],
        }),
    });
    const { user, router } = renderNewOrder();

    await user.type(await screen.findByRole('textbox', { name: /^Quantité de « Masque/ }), '5');
    await user.click(screen.getByRole('button', { name: 'Envoyer la commande' }));

    expect(
      await screen.findByText('Au plus 10 boîte(s) de « Masque » par commande.'),
    ).toBeInTheDocument();
    expect(quantityOf('Masque')).toHaveFocus();
    const postCode = screen.getByRole('textbox', { name: /^Code postal/ });
    expect(postCode).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Le code postal est obligatoire.')).toBeInTheDocument();
    // The structure's address the server took, now shown to complete.
    expect(screen.getByRole('textbox', { name: /^Adresse/ })).toHaveValue('12 rue de la Paix');
    expect(router.state.location.pathname).toBe('/fournitures/commander');
  });

  it('saves_the_draft_again_with_if_match', async () => {
    const { calls } = mockFetch({
      ...CATALOGUE,
      [CREATE]: () => tagged(DRAFT_ORDER, 201),
      [UPDATE]: () => tagged({ ...DRAFT_ORDER, version: 2 }),
    });
    const { user } = renderNewOrder();

    await user.type(await screen.findByRole('textbox', { name: /^Quantité de « Masque/ }), '5');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    expect(await screen.findByText('Brouillon enregistré.')).toBeInTheDocument();
    // The structure's delivery, shown once saved.
    expect(screen.getByRole('textbox', { name: /^Personne qui reçoit/ })).toHaveValue(
      'Camille Martin',
    );
    await user.clear(quantityOf('Masque'));
    await user.type(quantityOf('Masque'), '7');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    await screen.findAllByText('Brouillon enregistré.');
    const update = calls.find((call) => call.method === 'PUT');
    expect(update?.headers.get('If-Match')).toBe('"1"');
    expect(await update?.json()).toMatchObject({
      lines: [{ productId: MASKS.id, quantity: 7 }],
      delivery: { postCode: '93100', contactName: 'Camille Martin' },
    });
  });

  it('asks_which_structure_orders_when_the_organisation_has_several', async () => {
    const { calls } = mockFetch({
      ...CATALOGUE,
      'GET /api/v1/me/structures': () => jsonResponse([JARDINS, JARDINS_BIS]),
    });
    const { user } = renderNewOrder();

    await user.type(await screen.findByRole('textbox', { name: /^Quantité de « Gel/ }), '3');
    await user.click(screen.getByRole('button', { name: 'Envoyer la commande' }));

    const structure = screen.getByRole('combobox', { name: /^Structure qui commande/ });
    expect(structure).toHaveFocus();
    expect(screen.getByText('Choisissez la structure qui commande.')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('says_what_to_do_when_no_structure_belongs_to_the_organisation', async () => {
    mockFetch({ ...CATALOGUE, 'GET /api/v1/me/structures': () => jsonResponse([]) });
    renderNewOrder();

    expect(await screen.findByText(/Demandez à l’animateur du réseau/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Envoyer la commande' })).not.toBeInTheDocument();
  });

  it('lets_a_facilitator_order_for_a_structure_found_in_the_directory', async () => {
    const { calls } = mockFetch({
      'GET /api/v1/products': () => jsonResponse(PRODUCTS),
      'GET /api/v1/structures': () =>
        jsonResponse({ items: [JARDINS], page: 0, size: 10, totalItems: 1 }),
    });
    const { user } = renderNewOrder(FACILITATOR);

    await user.type(await screen.findByRole('textbox', { name: /^Quantité de « Gel/ }), '3');
    await user.click(screen.getByRole('button', { name: 'Envoyer la commande' }));
    expect(screen.getByText('Choisissez la structure qui commande.')).toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: /^Structure qui commande/ }), 'Jardins');
    await user.click(await screen.findByRole('option', { name: /Les Jardins de Cocagne/ }));
    expect(screen.queryByText('Choisissez la structure qui commande.')).not.toBeInTheDocument();
    expect(calls.some((call) => call.url.includes('/me/structures'))).toBe(false);
    const list = screen.getByRole('list');
    expect(within(list).getByText(GEL.name)).toBeInTheDocument();
  });
});
