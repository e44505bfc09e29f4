import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import { PartnerClientsRoute } from './partner-clients';

const DREETS = {
  id: '33333333-3333-3333-3333-333333333333',
  clientId: 'dreets-idf',
  name: 'SI de la DREETS',
  organisation: { id: '44444444-4444-4444-4444-444444444444', name: 'DREETS', kind: 'PARTNER' },
  scopes: ['directory:read'],
  active: true,
  createdAt: '2025-03-01T09:30:00Z',
  version: 2,
};

function page(items: unknown[]) {
  return { items, page: 0, size: 20, totalItems: items.length };
}

async function openEdit(name: string) {
  signIn();
  const rendered = renderRoute(<PartnerClientsRoute />, { path: '/admin/partner-clients' });
  await rendered.user.click(await screen.findByRole('button', { name }));
  const dialog = await screen.findByRole('dialog', { name: 'Modifier le client partenaire' });
  return {
    ...rendered,
    dialog,
    limit: within(dialog).getByRole('textbox', { name: /requêtes par minute/i }),
  };
}

describe('partner clients page', { timeout: 15_000 }, () => {
  it('names_scopes_in_words_and_saves_the_chosen_ones_with_the_version_read', async () => {
    const sent: { ifMatch: string | null; body: unknown }[] = [];
    mockFetch({
      'GET /api/v1/admin/partner-clients': () => jsonResponse(page([DREETS])),
      'GET /api/v1/admin/organisations': () => jsonResponse(page([DREETS.organisation])),
      'PUT /api/v1/admin/partner-clients/33333333-3333-3333-3333-333333333333': async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        sent.push({ ifMatch: request.headers.get('If-Match'), body });
        return jsonResponse({ ...DREETS, ...body, version: 3 });
      },
    });
    signIn();
    const { user } = renderRoute(<PartnerClientsRoute />, { path: '/admin/partner-clients' });

    const table = await screen.findByRole('table');
    expect(within(table).getByText('Lecture de l’annuaire des structures')).toBeInTheDocument();
    expect(within(table).queryByText('directory:read')).not.toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'SI de la DREETS' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier le client partenaire' });
    await user.click(within(dialog).getByRole('combobox', { name: /autorisations du client/i }));
    await user.click(
      await screen.findByRole('option', { name: 'Lecture des indicateurs agrégés' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await screen.findByText('Client « SI de la DREETS » modifié.');
    expect(sent).toEqual([
      {
        ifMatch: '"2"',
        body: {
          clientId: 'dreets-idf',
          name: 'SI de la DREETS',
          organisationId: '44444444-4444-4444-4444-444444444444',
          scopes: ['directory:read', 'indicators:read'],
          active: true,
        },
      },
    ]);
  });
  it('sends_the_limit_of_requests_per_minute_an_admin_sets', async () => {
    // Another name than the other tests': their notifications may still be on screen.
    const client = { ...DREETS, name: 'DREETS Île-de-France' };
    const sent: unknown[] = [];
    mockFetch({
      'GET /api/v1/admin/partner-clients': () => jsonResponse(page([client])),
      'GET /api/v1/admin/organisations': () => jsonResponse(page([DREETS.organisation])),
      [`PUT /api/v1/admin/partner-clients/${DREETS.id}`]: async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        sent.push(body);
        return jsonResponse({ ...client, ...body, version: 3 });
      },
    });
    const { user, dialog, limit } = await openEdit(client.name);

    expect(limit).toHaveValue('');
    await user.type(limit, '1200');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Client « DREETS Île-de-France » modifié.')).toBeInTheDocument();
    expect(sent).toEqual([
      expect.objectContaining({ clientId: 'dreets-idf', requestsPerMinute: 1200 }),
    ]);
  });

  it('shows_the_servers_refusal_of_a_limit_on_the_field', async () => {
    mockFetch({
      'GET /api/v1/admin/partner-clients': () =>
        jsonResponse(page([{ ...DREETS, requestsPerMinute: 600 }])),
      'GET /api/v1/admin/organisations': () => jsonResponse(page([DREETS.organisation])),
      [`PUT /api/v1/admin/partner-clients/${DREETS.id}`]: () =>
        problemResponse(400, {
          title: 'Données invalides',
          errors: [{ field: 'requestsPerMinute', message: 'au plus 100 000 requêtes par minute' }],
        }),
    });
    const { user, dialog, limit } = await openEdit(DREETS.name);

    expect(limit).toHaveValue('600');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(
      await within(dialog).findByText('au plus 100 000 requêtes par minute'),
    ).toBeInTheDocument();
    expect(limit).toHaveAttribute('aria-invalid', 'true');
    // The person lands on what to correct, not on the save button.
    expect(limit).toHaveFocus();
  });

  it('asks_before_deactivating_a_client', async () => {
    const client = { ...DREETS, name: 'Client à désactiver' };
    const sent: unknown[] = [];
    mockFetch({
      'GET /api/v1/admin/partner-clients': () => jsonResponse(page([client])),
      [`PUT /api/v1/admin/partner-clients/${DREETS.id}`]: async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        sent.push(body);
        return jsonResponse({ ...client, ...body, version: 3 });
      },
    });
    signIn();
    const { user } = renderRoute(<PartnerClientsRoute />, { path: '/admin/partner-clients' });
    const toggle = await screen.findByRole('switch', {
      name: 'Client actif : Client à désactiver',
    });

    await user.click(toggle);
    let dialog = await screen.findByRole('dialog', { name: 'Désactiver ce client ?' });
    expect(dialog).toHaveTextContent('ne pourra plus obtenir de jeton');
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(sent).toEqual([]);

    await user.click(toggle);
    dialog = await screen.findByRole('dialog', { name: 'Désactiver ce client ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Désactiver' }));

    expect(
      await screen.findByText('Client « Client à désactiver » désactivé.'),
    ).toBeInTheDocument();
    expect(sent).toEqual([expect.objectContaining({ clientId: 'dreets-idf', active: false })]);
  });

  it('keeps_a_new_secret_on_screen_until_its_copy_is_confirmed', async () => {
    mockFetch({
      'GET /api/v1/admin/partner-clients': () => jsonResponse(page([DREETS])),
      [`POST /api/v1/admin/partner-clients/${DREETS.id}/secret`]: () =>
        jsonResponse({ client: DREETS, clientSecret: 'secret-a-copier' }),
    });
    signIn();
    const { user } = renderRoute(<PartnerClientsRoute />, { path: '/admin/partner-clients' });
    await user.click(
      await screen.findByRole('button', { name: 'Générer un nouveau secret pour SI de la DREETS' }),
    );
    const rotation = await screen.findByRole('dialog', { name: 'Générer un nouveau secret ?' });
    await user.click(within(rotation).getByRole('button', { name: 'Générer le secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'Secret du client partenaire' });
    expect(within(dialog).getByText('secret-a-copier')).toBeInTheDocument();

    // Escape does not lose the secret: it asks first, and going back shows it again.
    await user.keyboard('{Escape}');
    expect(
      await within(dialog).findByText('Avez-vous copié le secret ? Il ne sera plus affiché.'),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText('secret-a-copier')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Revenir au secret' }));
    expect(within(dialog).getByText('secret-a-copier')).toBeInTheDocument();

    // The close button asks as well; confirming closes.
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Oui, fermer' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Secret du client partenaire' }),
      ).not.toBeInTheDocument(),
    );
  });
});
