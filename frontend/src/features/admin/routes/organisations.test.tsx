import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import { OrganisationsRoute } from './organisations';

const MONTREUIL = {
  id: '11111111-1111-1111-1111-111111111111',
  name: 'Ville de Montreuil',
  kind: 'PUBLIC_BUYER',
  active: true,
  userCount: 3,
  createdAt: '2025-03-01T09:30:00Z',
  version: 4,
};

function page(items: unknown[]) {
  return { items, page: 0, size: 20, totalItems: items.length };
}

function renderOrganisations() {
  signIn();
  return renderRoute(<OrganisationsRoute />, { path: '/admin/organisations' });
}

describe('organisations page', { timeout: 15_000 }, () => {
  it('says_when_there_is_no_organisation', async () => {
    mockFetch({ 'GET /api/v1/admin/organisations': () => jsonResponse(page([])) });
    renderOrganisations();

    expect(await screen.findByText('Aucune organisation')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists_organisations_in_a_table', async () => {
    const { calls } = mockFetch({
      'GET /api/v1/admin/organisations': () => jsonResponse(page([MONTREUIL])),
    });
    renderOrganisations();

    const table = await screen.findByRole('table', { name: 'Organisations de la plateforme' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['Nom', 'Type', 'Utilisateurs', 'Créée le', 'Active']);
    const row = within(table).getAllByRole('row')[1];
    expect(row).toBeDefined();
    if (!row) return;
    expect(within(row).getByRole('button', { name: 'Ville de Montreuil' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: 'Acheteur public' })).toBeInTheDocument();
    expect(
      within(row).getByRole('switch', { name: 'Organisation active : Ville de Montreuil' }),
    ).toBeChecked();
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer access-1');
    expect(new URL(calls[0]?.url ?? '').searchParams.get('page')).toBe('0');
  });

  it('offers_a_retry_when_loading_fails', async () => {
    let attempts = 0;
    mockFetch({
      'GET /api/v1/admin/organisations': () => {
        attempts += 1;
        return attempts === 1
          ? problemResponse(500, { title: 'Internal', correlationId: 'abc-123' })
          : jsonResponse(page([MONTREUIL]));
      },
    });
    const { user } = renderOrganisations();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Erreur inattendue (référence abc-123).');
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('creates_an_organisation_from_the_modal', async () => {
    const created: unknown[] = [];
    let items: unknown[] = [];
    mockFetch({
      'GET /api/v1/admin/organisations': () => jsonResponse(page(items)),
      'POST /api/v1/admin/organisations': async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        created.push(body);
        items = [{ ...MONTREUIL, ...body, id: '22222222-2222-2222-2222-222222222222' }];
        return jsonResponse(items[0], 201);
      },
    });
    const { user } = renderOrganisations();
    await screen.findByText('Aucune organisation');

    await user.click(screen.getByRole('button', { name: 'Nouvelle organisation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle organisation' });
    await user.type(within(dialog).getByRole('textbox', { name: /nom/i }), 'Régie de quartier');
    await user.click(within(dialog).getByRole('combobox', { name: /type d’organisation/i }));
    await user.click(await screen.findByRole('option', { name: 'Réseau' }));
    await user.click(within(dialog).getByRole('button', { name: 'Créer l’organisation' }));

    expect(await screen.findByRole('button', { name: 'Régie de quartier' })).toBeInTheDocument();
    expect(created).toEqual([{ name: 'Régie de quartier', kind: 'NETWORK', active: true }]);
  });

  it('shows_a_name_already_taken_on_the_name_field', async () => {
    mockFetch({
      'GET /api/v1/admin/organisations': () => jsonResponse(page([MONTREUIL])),
      'POST /api/v1/admin/organisations': () =>
        problemResponse(409, {
          type: 'https://relance-iae.fr/problems/conflict',
          title: 'Conflit',
          detail: 'Une organisation de ce type porte déjà ce nom.',
          errors: [{ field: 'name', message: 'Une organisation de ce type porte déjà ce nom.' }],
        }),
    });
    const { user } = renderOrganisations();
    await screen.findByRole('button', { name: 'Ville de Montreuil' });

    await user.click(screen.getByRole('button', { name: 'Nouvelle organisation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle organisation' });
    const name = within(dialog).getByRole('textbox', { name: /nom/i });
    await user.type(name, 'ville de montreuil');
    await user.click(within(dialog).getByRole('combobox', { name: /type d’organisation/i }));
    await user.click(await screen.findByRole('option', { name: 'Acheteur public' }));
    await user.click(within(dialog).getByRole('button', { name: 'Créer l’organisation' }));

    expect(
      await within(dialog).findByText('Une organisation de ce type porte déjà ce nom.'),
    ).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
  });

  it('asks_before_deactivating_an_organisation_and_says_who_loses_access', async () => {
    const sent: unknown[] = [];
    mockFetch({
      'GET /api/v1/admin/organisations': () => jsonResponse(page([MONTREUIL])),
      [`PUT /api/v1/admin/organisations/${MONTREUIL.id}`]: async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        sent.push(body);
        return jsonResponse({ ...MONTREUIL, ...body, version: 5 });
      },
    });
    const { user } = renderOrganisations();
    await user.click(
      await screen.findByRole('switch', { name: 'Organisation active : Ville de Montreuil' }),
    );

    const dialog = await screen.findByRole('dialog', { name: 'Désactiver cette organisation ?' });
    expect(dialog).toHaveTextContent(
      'Les 3 utilisateurs de « Ville de Montreuil » ne pourront plus',
    );
    expect(sent).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Désactiver' }));

    expect(
      await screen.findByText('Organisation « Ville de Montreuil » désactivée.'),
    ).toBeInTheDocument();
    expect(sent).toEqual([{ name: 'Ville de Montreuil', kind: 'PUBLIC_BUYER', active: false }]);
  });

  it('focuses_the_first_field_the_validation_refused', async () => {
    const { fetchMock } = mockFetch({
      'GET /api/v1/admin/organisations': () => jsonResponse(page([])),
    });
    const { user } = renderOrganisations();
    await screen.findByText('Aucune organisation');

    await user.click(screen.getByRole('button', { name: 'Nouvelle organisation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle organisation' });
    await user.type(within(dialog).getByRole('textbox', { name: /nom/i }), 'Régie de quartier');
    await user.click(within(dialog).getByRole('button', { name: 'Créer l’organisation' }));

    expect(
      await within(dialog).findByText('Choisissez un type d’organisation.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: /type d’organisation/i })).toHaveFocus();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('saves_an_organisation_with_the_version_it_read', async () => {
    const sent: { ifMatch: string | null; body: unknown }[] = [];
    mockFetch({
      'GET /api/v1/admin/organisations': () => jsonResponse(page([MONTREUIL])),
      'PUT /api/v1/admin/organisations/11111111-1111-1111-1111-111111111111': async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        sent.push({ ifMatch: request.headers.get('If-Match'), body });
        return jsonResponse({ ...MONTREUIL, ...body, version: 5 });
      },
    });
    const { user } = renderOrganisations();

    await user.click(await screen.findByRole('button', { name: 'Ville de Montreuil' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier l’organisation' });
    await user.type(within(dialog).getByRole('textbox', { name: /nom/i }), ' (93)');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await screen.findByText('Organisation « Ville de Montreuil (93) » modifiée.');
    expect(sent).toEqual([
      {
        ifMatch: '"4"',
        body: { name: 'Ville de Montreuil (93)', kind: 'PUBLIC_BUYER', active: true },
      },
    ]);
  });

  it('offers_to_reload_when_someone_else_saved_first', async () => {
    let current = MONTREUIL;
    mockFetch({
      'GET /api/v1/admin/organisations': () => jsonResponse(page([current])),
      'PUT /api/v1/admin/organisations/11111111-1111-1111-1111-111111111111': () => {
        // Another admin saved version 5 in between.
        current = { ...MONTREUIL, name: 'Montreuil (renommée ailleurs)', version: 5 };
        return problemResponse(412, {
          type: 'https://relance-iae.fr/problems/precondition-failed',
          title: 'Precondition Failed',
        });
      },
    });
    const { user } = renderOrganisations();

    await user.click(await screen.findByRole('button', { name: 'Ville de Montreuil' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier l’organisation' });
    await user.type(within(dialog).getByRole('textbox', { name: /nom/i }), ' (93)');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    const message = await within(dialog).findByText(/Quelqu’un d’autre a modifié cette fiche/);
    const alert = message.closest<HTMLElement>('[role="alert"]');
    expect(alert).not.toBeNull();
    if (!alert) return;
    await user.click(within(alert).getByRole('button', { name: 'Recharger la fiche' }));

    expect(
      await screen.findByRole('button', { name: 'Montreuil (renommée ailleurs)' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
