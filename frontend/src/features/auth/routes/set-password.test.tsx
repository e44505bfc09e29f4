import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderRoute } from '@/testing/test-utils';
import { SetPasswordRoute } from './set-password';

function renderPage(search: string) {
  return renderRoute(<SetPasswordRoute />, {
    path: '/definir-mot-de-passe',
    initialEntry: `/definir-mot-de-passe${search}`,
    routes: [{ path: '/mot-de-passe-oublie', element: <h1>Mot de passe oublié de test</h1> }],
  });
}

describe('set-password page', () => {
  it('says_a_dead_link_is_no_longer_valid_before_any_password_is_typed', async () => {
    const { calls } = mockFetch({
      'POST /api/v1/auth/password-token-checks': () => jsonResponse({ valid: false }),
    });
    const { user } = renderPage('?token=lien-mort');

    expect(await screen.findByRole('alert')).toHaveTextContent('Ce lien n’est plus valide');
    expect(screen.queryByLabelText(/nouveau mot de passe/i)).not.toBeInTheDocument();
    expect(await calls[0]?.json()).toEqual({ token: 'lien-mort' });
    expect(new URL(calls[0]?.url ?? '').search).toBe('');

    await user.click(screen.getByRole('link', { name: 'Demander un nouveau lien' }));
    expect(
      await screen.findByRole('heading', { name: 'Mot de passe oublié de test' }),
    ).toBeInTheDocument();
  });

  it('shows_the_form_for_a_valid_link', async () => {
    mockFetch({
      'POST /api/v1/auth/password-token-checks': () =>
        jsonResponse({ valid: true, purpose: 'INVITATION' }),
    });
    renderPage('?token=bon-lien');

    expect(await screen.findByLabelText(/nouveau mot de passe/i)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Définir votre mot de passe' })).toBeInTheDocument();
    expect(screen.queryByText(/n’est plus valide/)).not.toBeInTheDocument();
  });

  it('names_a_reset_link_for_what_it_is', async () => {
    mockFetch({
      'POST /api/v1/auth/password-token-checks': () =>
        jsonResponse({ valid: true, purpose: 'RESET' }),
    });
    renderPage('?token=reinitialisation');

    expect(
      await screen.findByRole('heading', { name: 'Choisir un nouveau mot de passe' }),
    ).toBeInTheDocument();
  });

  it('needs_no_server_to_refuse_a_link_without_token', async () => {
    const { fetchMock } = mockFetch({});
    renderPage('');

    expect(await screen.findByRole('alert')).toHaveTextContent('Ce lien n’est plus valide');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
