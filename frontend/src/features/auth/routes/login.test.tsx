import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '@/lib/auth/session-store';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '@/lib/auth/use-session';
import { ADMIN_USER, renderRoute } from '@/testing/test-utils';
import { LoginRoute } from './login';

function renderLogin() {
  return renderRoute(<LoginRoute />, {
    path: '/connexion',
    routes: [{ path: '/', element: <h1>Accueil de test</h1> }],
  });
}

async function submit(user: ReturnType<typeof renderLogin>['user'], password = 'demo') {
  await user.type(screen.getByLabelText(/adresse e-mail/i), 'admin@demo.relance-iae.fr');
  await user.type(screen.getByLabelText(/mot de passe/i, { selector: 'input' }), password);
  await user.click(screen.getByRole('button', { name: 'Se connecter' }));
}

/** As the app's guard does (RequireSession): an anonymous visitor goes to the login page, saying where from. */
function GuardedPage() {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/connexion" replace state={{ from: location }} />;
  return <h1>Annuaire de test</h1>;
}

describe('login page', () => {
  it('says_why_when_a_page_that_needs_a_session_sent_the_visitor_and_returns_there', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () =>
        jsonResponse({ accessToken: 'tok', tokenType: 'Bearer', expiresIn: 900, user: ADMIN_USER }),
    });
    const { user, router } = renderRoute(<LoginRoute />, {
      path: '/connexion',
      initialEntry: '/annuaire?q=laverie',
      routes: [{ path: '/annuaire', element: <GuardedPage /> }],
    });

    expect(
      await screen.findByText('Connectez-vous pour accéder à cette page.'),
    ).toBeInTheDocument();
    await submit(user);

    expect(await screen.findByRole('heading', { name: 'Annuaire de test' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=laverie');
  });

  it('returns_to_the_page_named_by_retour_such_as_a_new_request_for_a_structure', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () =>
        jsonResponse({ accessToken: 'tok', tokenType: 'Bearer', expiresIn: 900, user: ADMIN_USER }),
    });
    const { user, router } = renderRoute(<LoginRoute />, {
      path: '/connexion',
      initialEntry: `/connexion?retour=${encodeURIComponent('/besoins/nouveau?structure=s-1')}`,
      routes: [{ path: '/besoins/nouveau', element: <h1>Nouveau besoin de test</h1> }],
    });

    expect(
      await screen.findByText('Connectez-vous pour accéder à cette page.'),
    ).toBeInTheDocument();
    await submit(user);

    expect(
      await screen.findByRole('heading', { name: 'Nouveau besoin de test' }),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe('?structure=s-1');
  });

  it('ignores_a_retour_that_leads_to_another_site', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () =>
        jsonResponse({ accessToken: 'tok', tokenType: 'Bearer', expiresIn: 900, user: ADMIN_USER }),
    });
    const { user, router } = renderRoute(<LoginRoute />, {
      path: '/connexion',
      initialEntry: `/connexion?retour=${encodeURIComponent('//evil.example/x')}`,
      routes: [{ path: '/', element: <h1>Accueil de test</h1> }],
    });
    await submit(user);

    expect(await screen.findByRole('heading', { name: 'Accueil de test' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('gives_no_reason_when_the_visitor_came_to_log_in', () => {
    mockFetch({});
    renderLogin();
    expect(screen.queryByText('Connectez-vous pour accéder à cette page.')).not.toBeInTheDocument();
  });

  it('shows_an_alert_on_invalid_credentials', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () =>
        problemResponse(401, {
          type: 'https://relance-iae.fr/problems/invalid-credentials',
          title: 'Invalid credentials',
        }),
    });
    const { user } = renderLogin();

    await submit(user, 'mauvais');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Adresse e-mail ou mot de passe incorrect.',
    );
    expect(sessionStore.get()).toBeNull();
  });

  it('offers_a_new_link_to_an_account_whose_address_is_not_confirmed_yet', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () =>
        problemResponse(403, {
          type: 'https://relance-iae.fr/problems/email-not-verified',
          title: 'Adresse e-mail à confirmer',
          detail:
            "Confirmez d'abord votre adresse e-mail : suivez le lien reçu à l'inscription, ou demandez-en un nouveau.",
        }),
    });
    const { user } = renderLogin();

    await submit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Confirmez d'abord votre adresse e-mail",
    );
    expect(screen.getByRole('link', { name: 'Recevoir un nouveau lien' })).toHaveAttribute(
      'href',
      '/inscription/envoyee?adresse=admin%40demo.relance-iae.fr',
    );
  });

  it('prefills_the_address_just_verified', () => {
    mockFetch({});
    renderRoute(<LoginRoute />, {
      path: '/connexion',
      initialEntry: { pathname: '/connexion', state: { email: 'camille@ville-exemple.fr' } },
    });

    expect(screen.getByLabelText(/adresse e-mail/i)).toHaveValue('camille@ville-exemple.fr');
  });

  it('tells_how_long_to_wait_after_too_many_attempts', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () =>
        problemResponse(
          429,
          { type: 'https://relance-iae.fr/problems/too-many-requests', title: 'Too Many Requests' },
          { 'Retry-After': '900' },
        ),
    });
    const { user } = renderLogin();

    await submit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Trop de tentatives, réessayez dans 15 minutes.',
    );
  });

  it('validates_the_fields_before_calling_the_server', async () => {
    const { fetchMock } = mockFetch({});
    const { user } = renderLogin();

    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByText('Saisissez une adresse e-mail valide.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/adresse e-mail/i)).toHaveFocus();
  });

  it('focuses_the_password_when_only_it_is_missing', async () => {
    mockFetch({});
    const { user } = renderLogin();

    await user.type(screen.getByLabelText(/adresse e-mail/i), 'admin@demo.relance-iae.fr');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByText('Saisissez votre mot de passe.')).toBeInTheDocument();
    expect(screen.getByLabelText(/mot de passe/i, { selector: 'input' })).toHaveFocus();
  });

  it('opens_the_session_and_goes_home_on_success', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () =>
        jsonResponse({ accessToken: 'tok', tokenType: 'Bearer', expiresIn: 900, user: ADMIN_USER }),
    });
    const { user } = renderLogin();

    await submit(user);

    expect(await screen.findByRole('heading', { name: 'Accueil de test' })).toBeInTheDocument();
    expect(sessionStore.getAccessToken()).toBe('tok');
  });
});
