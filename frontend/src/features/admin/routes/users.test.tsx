import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { ADMIN_USER, renderRoute, signIn } from '@/testing/test-utils';
import { UsersRoute } from './users';

const ORGANISATION = {
  id: '88888888-8888-8888-8888-888888888888',
  name: 'Ville de Montreuil',
  kind: 'PUBLIC_BUYER',
};
const BUYER = {
  id: '99999999-9999-9999-9999-999999999999',
  email: 'acheteuse@montreuil.fr',
  displayName: 'Nadia Acheteuse',
  role: 'buyer',
  organisation: ORGANISATION,
  active: true,
  passwordSet: true,
  createdAt: '2025-03-01T09:30:00Z',
  version: 2,
};
const SELF = {
  ...BUYER,
  id: ADMIN_USER.id,
  email: ADMIN_USER.email,
  displayName: ADMIN_USER.displayName,
  role: 'admin',
  organisation: ADMIN_USER.organisation,
};

function page(items: unknown[]) {
  return { items, page: 0, size: 20, totalItems: items.length };
}

describe('users page', { timeout: 15_000 }, () => {
  it('asks_before_deactivating_a_user', async () => {
    const sent: { ifMatch: string | null; body: unknown }[] = [];
    mockFetch({
      'GET /api/v1/admin/users': () => jsonResponse(page([SELF, BUYER])),
      [`PUT /api/v1/admin/users/${BUYER.id}`]: async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        sent.push({ ifMatch: request.headers.get('If-Match'), body });
        return jsonResponse({ ...BUYER, ...body, version: 3 });
      },
    });
    signIn();
    const { user } = renderRoute(<UsersRoute />, { path: '/admin/utilisateurs' });
    const toggle = await screen.findByRole(
      'switch',
      { name: 'Compte actif : Nadia Acheteuse' },
      { timeout: 5_000 },
    );

    await user.click(toggle);
    let dialog = await screen.findByRole('dialog', { name: 'Désactiver ce compte ?' });
    expect(dialog).toHaveTextContent(
      'Nadia Acheteuse (acheteuse@montreuil.fr) ne pourra plus se connecter',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(sent).toEqual([]);
    expect(toggle).toBeChecked();

    await user.click(toggle);
    dialog = await screen.findByRole('dialog', { name: 'Désactiver ce compte ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Désactiver' }));

    expect(await screen.findByText('Compte de Nadia Acheteuse désactivé.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        ifMatch: '"2"',
        body: expect.objectContaining({ email: BUYER.email, active: false }) as unknown,
      },
    ]);
  });

  it('does_not_let_an_admin_deactivate_their_own_account_and_says_why', async () => {
    mockFetch({ 'GET /api/v1/admin/users': () => jsonResponse(page([SELF, BUYER])) });
    signIn();
    const { user } = renderRoute(<UsersRoute />, { path: '/admin/utilisateurs' });

    const own = await screen.findByRole(
      'switch',
      { name: 'Compte actif : Alice Admin' },
      { timeout: 5_000 },
    );
    expect(own).toBeDisabled();
    expect(screen.getByText('Votre propre compte ne peut pas être désactivé.')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Compte actif : Nadia Acheteuse' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Alice Admin' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier l’utilisateur' });
    expect(within(dialog).getByRole('switch', { name: /compte actif/i })).toBeDisabled();
    expect(dialog).toHaveTextContent('Vous ne pouvez pas désactiver votre propre compte');
  });
});
