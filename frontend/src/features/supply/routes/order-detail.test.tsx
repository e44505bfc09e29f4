import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, problemResponse } from '@/testing/http';
import type { SupplyOrderView } from '../api/get-supply-order';
import {
  DRAFT_ORDER,
  FACILITATOR,
  GEL_LINE_ID,
  MASKS_LINE_ID,
  ORDER_ID,
  PARTLY_RESERVED_ORDER,
  renderSupplyRoute,
  tagged,
} from '../testing/fixtures';
import { OrderDetailRoute } from './order-detail';

const DETAIL = `GET /api/v1/supply-orders/${ORDER_ID}`;
const ACTION = (action: string) => `POST /api/v1/supply-orders/${ORDER_ID}/${action}`;

const RESERVED_ORDER: SupplyOrderView = {
  ...PARTLY_RESERVED_ORDER,
  status: 'RESERVED',
  lines: PARTLY_RESERVED_ORDER.lines.map((line) => ({
    ...line,
    quantityReserved: line.quantity,
    quantityBackordered: 0,
  })),
};

const SHIPPED_ORDER: SupplyOrderView = {
  ...RESERVED_ORDER,
  status: 'SHIPPED',
  shippedAt: '2026-12-02T10:00:00Z',
  lines: RESERVED_ORDER.lines.map((line) => ({ ...line, quantityShipped: line.quantity })),
  shipments: [
    {
      id: '77777777-0000-0000-0000-000000000001',
      carrier: 'La Poste Colissimo',
      trackingReference: '6A123',
      shippedOn: '2026-12-02',
      lines: [
        { lineId: MASKS_LINE_ID, quantity: 5 },
        { lineId: GEL_LINE_ID, quantity: 40 },
      ],
    },
  ],
  events: [
    ...RESERVED_ORDER.events,
    {
      kind: 'SHIPPED',
      detail: 'La Poste Colissimo — 6A123',
      authorName: 'Fanny Animatrice',
      at: '2026-12-02T10:00:00Z',
    },
  ],
};

function renderDetail(user = undefined as typeof FACILITATOR | undefined) {
  return renderSupplyRoute(<OrderDetailRoute />, {
    path: '/fournitures/commandes/:id',
    initialEntry: `/fournitures/commandes/${ORDER_ID}`,
    ...(user ? { user } : {}),
  });
}

describe('la page d’une commande', { timeout: 30_000 }, () => {
  it('says_what_was_reserved_and_what_waits_with_the_structure_s_actions', async () => {
    mockFetch({ [DETAIL]: () => tagged(PARTLY_RESERVED_ORDER) });
    renderDetail();

    expect(await screen.findByRole('heading', { name: 'Commande C-00042' })).toBeInTheDocument();
    expect(screen.getAllByText('Réservée en partie').length).toBeGreaterThan(0);
    expect(
      screen.getByText(/5 unités réservées ; 40 unités attendent le prochain arrivage/),
    ).toBeInTheDocument();
    const lines = screen.getByRole('table', { name: 'Produits commandés' });
    const gel = within(lines).getByText('Gel hydroalcoolique 500 ml').closest('tr');
    expect(gel).not.toBeNull();
    expect(
      within(gel as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Gel hydroalcoolique 500 ml', 'flacon', '40', '0', '40', '0', 'Annuler la ligne']);
    // The timeline in words.
    expect(screen.getByText('Commande envoyée')).toBeInTheDocument();
    expect(screen.getByText('5 réservée(s), 40 en attente')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Annuler la commande' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Changer l’adresse de livraison' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enregistrer un envoi' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Modifier le brouillon' })).not.toBeInTheDocument();
  });

  it('offers_to_edit_or_send_a_draft', async () => {
    const { calls } = mockFetch({
      [DETAIL]: () => tagged(DRAFT_ORDER),
      [ACTION('submit')]: () => tagged(PARTLY_RESERVED_ORDER),
    });
    const { user } = renderDetail();

    expect(await screen.findByRole('link', { name: 'Modifier le brouillon' })).toHaveAttribute(
      'href',
      `/fournitures/commandes/${ORDER_ID}/modifier`,
    );
    expect(screen.getByText('Brouillon : rien n’est encore réservé')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Envoyer la commande' }));

    expect(await screen.findByText('Commande C-00042 envoyée.')).toBeInTheDocument();
    expect(await screen.findByText(/40 unités attendent le prochain arrivage/)).toBeInTheDocument();
    const submits = calls.filter((call) => call.method === 'POST');
    expect(submits).toHaveLength(1);
    expect(submits[0]?.headers.get('Idempotency-Key')).toBeTruthy();
  });

  it('cancels_a_line_after_confirmation', async () => {
    const { calls } = mockFetch({
      [DETAIL]: () => tagged(PARTLY_RESERVED_ORDER),
      [`POST /api/v1/supply-orders/${ORDER_ID}/lines/${GEL_LINE_ID}/cancel`]: () =>
        tagged({
          ...PARTLY_RESERVED_ORDER,
          status: 'RESERVED',
          lines: PARTLY_RESERVED_ORDER.lines.map((line) =>
            line.id === GEL_LINE_ID ? { ...line, quantityBackordered: 0, cancelled: true } : line,
          ),
        }),
    });
    const { user } = renderDetail();

    await user.click(
      await screen.findByRole('button', {
        name: 'Annuler la ligne « Gel hydroalcoolique 500 ml »',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Annuler la ligne' });
    expect(within(dialog).getByText(/40 unités en attente ne seront plus servies/)).toBeVisible();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Oui, annuler la ligne' }));

    expect(
      await screen.findByText('Ligne « Gel hydroalcoolique 500 ml » annulée.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('Ligne annulée')).toBeInTheDocument();
  });

  it('cancels_the_whole_order_after_confirmation', async () => {
    mockFetch({
      [DETAIL]: () => tagged(PARTLY_RESERVED_ORDER),
      [ACTION('cancel')]: () =>
        tagged({
          ...PARTLY_RESERVED_ORDER,
          status: 'CANCELLED',
          cancelledAt: '2026-12-02T08:00:00Z',
        }),
    });
    const { user } = renderDetail();

    await user.click(await screen.findByRole('button', { name: 'Annuler la commande' }));
    const dialog = await screen.findByRole('dialog', { name: 'Annuler la commande' });
    await user.click(within(dialog).getByRole('button', { name: 'Oui, annuler la commande' }));

    expect(await screen.findByText('Commande C-00042 annulée.')).toBeInTheDocument();
    expect(screen.getAllByText('Annulée').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Annuler la commande' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Changer l’adresse de livraison' }),
    ).not.toBeInTheDocument();
  });

  it('keeps_a_refused_cancellation_in_its_dialog_and_starts_afresh_when_reopened', async () => {
    const { calls } = mockFetch({
      [DETAIL]: () => tagged(PARTLY_RESERVED_ORDER),
      [ACTION('cancel')]: () =>
        problemResponse(409, {
          type: 'https://relance-iae.fr/problems/conflict',
          title: 'Conflict',
          detail: 'Une partie de la commande est déjà expédiée.',
        }),
    });
    const { user } = renderDetail();

    await user.click(await screen.findByRole('button', { name: 'Annuler la commande' }));
    let dialog = await screen.findByRole('dialog', { name: 'Annuler la commande' });
    expect(
      within(dialog).getByText(/Les unités réservées pour cette commande retourneront au stock/),
    ).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Oui, annuler la commande' }));
    expect(
      await within(dialog).findByText('Une partie de la commande est déjà expédiée.'),
    ).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(
      screen.getByRole('button', { name: 'Annuler la ligne « Gel hydroalcoolique 500 ml »' }),
    );
    dialog = await screen.findByRole('dialog', { name: 'Annuler la ligne' });
    expect(within(dialog).queryByText(/déjà expédiée/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await user.click(screen.getByRole('button', { name: 'Annuler la commande' }));
    dialog = await screen.findByRole('dialog', { name: 'Annuler la commande' });
    expect(within(dialog).queryByText(/déjà expédiée/)).not.toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1);
  });

  it('lets_a_facilitator_record_a_parcel_and_shows_a_refused_quantity_at_its_field', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      [DETAIL]: () => tagged(RESERVED_ORDER),
      [ACTION('ship')]: async (request) => {
        bodies.push(await request.json());
        return problemResponse(409, {
          type: 'https://relance-iae.fr/problems/conflict',
          title: 'Conflict',
          detail: 'Pour « Gel hydroalcoolique 500 ml », 30 unité(s) seulement sont réservées.',
          errors: [
            {
              field: 'lines[1].quantity',
              message: 'Pour « Gel hydroalcoolique 500 ml », 30 unité(s) seulement sont réservées.',
            },
          ],
        });
      },
    });
    const { user } = renderDetail(FACILITATOR);

    await user.click(await screen.findByRole('button', { name: 'Enregistrer un envoi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enregistrer un envoi' });
    // What is reserved and not shipped, ready to go; the date is today's.
    const masks = within(dialog).getByRole('textbox', { name: /^Masque chirurgical/ });
    const gel = within(dialog).getByRole('textbox', { name: /^Gel hydroalcoolique/ });
    expect(masks).toHaveValue('5');
    expect(gel).toHaveValue('40');
    expect(within(dialog).getByLabelText(/^Date d’expédition/)).not.toHaveValue('');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer l’envoi' }));
    const carrier = within(dialog).getByRole('textbox', { name: /^Transporteur/ });
    expect(carrier).toHaveFocus();
    await user.type(carrier, 'La Poste Colissimo');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer l’envoi' }));

    expect(
      await within(dialog).findByText(
        'Pour « Gel hydroalcoolique 500 ml », 30 unité(s) seulement sont réservées.',
      ),
    ).toBeInTheDocument();
    expect(gel).toHaveAttribute('aria-invalid', 'true');
    expect(gel).toHaveFocus();
    expect(bodies[0]).toMatchObject({
      carrier: 'La Poste Colissimo',
      lines: [
        { lineId: MASKS_LINE_ID, quantity: 5 },
        { lineId: GEL_LINE_ID, quantity: 40 },
      ],
    });
  });

  it('lets_a_facilitator_mark_a_shipped_order_delivered_and_lists_its_parcels', async () => {
    const { calls } = mockFetch({
      [DETAIL]: () => tagged(SHIPPED_ORDER),
      [ACTION('deliver')]: () =>
        tagged({ ...SHIPPED_ORDER, status: 'DELIVERED', deliveredAt: '2026-12-03T10:00:00Z' }),
    });
    const { user } = renderDetail(FACILITATOR);

    expect(
      await screen.findByText(/Colis du 02\/12\/2026 · La Poste Colissimo/),
    ).toBeInTheDocument();
    expect(screen.getByText('Numéro de suivi : 6A123')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Annuler la commande' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Annuler la ligne/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enregistrer un envoi' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Marquer comme livrée' }));

    expect(await screen.findByText('Commande livrée le 03/12/2026.')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1);
  });

  it('shows_no_shipping_actions_to_a_structure', async () => {
    mockFetch({ [DETAIL]: () => tagged(SHIPPED_ORDER) });
    renderDetail();

    expect(await screen.findByText('Numéro de suivi : 6A123')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Marquer comme livrée' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Changer l’adresse/ })).not.toBeInTheDocument();
  });

  it('says_when_the_address_changed_meanwhile_and_reloads_it', async () => {
    let reads = 0;
    mockFetch({
      [DETAIL]: () => {
        reads += 1;
        return tagged(
          reads === 1
            ? PARTLY_RESERVED_ORDER
            : {
                ...PARTLY_RESERVED_ORDER,
                delivery: { ...PARTLY_RESERVED_ORDER.delivery, city: 'Bondy' },
                version: 4,
              },
        );
      },
      [`PUT /api/v1/supply-orders/${ORDER_ID}/delivery`]: () =>
        problemResponse(412, { title: 'Precondition Failed' }),
    });
    const { user } = renderDetail();

    await user.click(await screen.findByRole('button', { name: 'Changer l’adresse de livraison' }));
    const dialog = await screen.findByRole('dialog', { name: 'Changer l’adresse de livraison' });
    await user.clear(within(dialog).getByRole('textbox', { name: /^Commune/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Commune/ }), 'Pantin');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer l’adresse' }));

    expect(await within(dialog).findByText('Modification concurrente')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Recharger la fiche' }));
    expect(await within(dialog).findByDisplayValue('Bondy')).toBeInTheDocument();
    expect(within(dialog).queryByText('Modification concurrente')).not.toBeInTheDocument();
  });

  it('puts_the_delivery_refusals_at_their_fields', async () => {
    mockFetch({
      [DETAIL]: () => tagged(PARTLY_RESERVED_ORDER),
      [`PUT /api/v1/supply-orders/${ORDER_ID}/delivery`]: () =>
        problemResponse(400, {
          type: 'https://relance-iae.fr/problems/validation',
          title: 'Bad Request',
          errors: [{ field: 'postCode', message: 'code postal à 5 chiffres' }],
        }),
    });
    const { user } = renderDetail();

    await user.click(await screen.findByRole('button', { name: 'Changer l’adresse de livraison' }));
    const dialog = await screen.findByRole('dialog', { name: 'Changer l’adresse de livraison' });
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer l’adresse' }));

    expect(await within(dialog).findByText('code postal à 5 chiffres')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /^Code postal/ })).toHaveFocus();
  });

  it('says_what_to_do_when_the_order_cannot_be_read', async () => {
    mockFetch({
      [DETAIL]: () => problemResponse(404, { title: 'Not Found', detail: 'Commande introuvable.' }),
    });
    renderDetail();

    expect(await screen.findByText('Commande introuvable.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour à la liste des commandes' })).toHaveAttribute(
      'href',
      '/fournitures/commandes',
    );
  });
});
