import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { theme } from '@/config/theme';
import type { CurrentUser, Role } from '@/lib/api/types';
import { ADMIN_USER, signIn } from '@/testing/test-utils';
import { routes } from '../router';

function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={new QueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return router;
}

function userWithRole(role: Role): CurrentUser {
  return { ...ADMIN_USER, role };
}

describe('route guards', () => {
  it('sends_an_anonymous_visitor_to_the_login_page', async () => {
    const router = renderApp('/mon-compte');
    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/connexion');
    expect(screen.getByText('Connectez-vous pour accéder à cette page.')).toBeInTheDocument();
  });

  it('opens_the_directory_to_a_visitor_with_the_public_header', async () => {
    const router = renderApp('/annuaire');
    // The directory's page loads on first visit.
    const header = await screen.findByRole('banner', {}, { timeout: 15_000 });
    expect(router.state.location.pathname).toBe('/annuaire');
    expect(await screen.findByRole('link', { name: 'Créer un compte' })).toHaveAttribute(
      'href',
      '/inscription',
    );
    expect(header).toContainElement(screen.getByRole('link', { name: 'Se connecter' }));
    expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute(
      'href',
      `/connexion?retour=${encodeURIComponent('/annuaire')}`,
    );
    expect(screen.queryByRole('navigation', { name: 'Navigation principale' })).toBeNull();
  }, 20_000);

  it('keeps_the_directory_pages_that_change_it_for_signed_in_users', async () => {
    const router = renderApp('/annuaire/import');
    // The page loads on first visit, before the guard sends the visitor to the login page.
    expect(
      await screen.findByRole('heading', { name: 'Connexion' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/connexion');
  }, 20_000);

  it('shows_each_role_its_space_and_navigation', async () => {
    signIn(userWithRole('siae'));
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Espace structure' }),
    ).toBeVisible();
    const navigation = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(navigation).toHaveTextContent('Accueil');
    expect(navigation).not.toHaveTextContent('Organisations');
  });

  it('forbids_administration_pages_to_other_roles', async () => {
    signIn(userWithRole('buyer'));
    renderApp('/admin/utilisateurs');
    expect(await screen.findByRole('heading', { name: 'Accès refusé' })).toBeInTheDocument();
  });

  it.each([
    ['/inscription', 'Créer un compte'],
    ['/inscription/acheteur', 'Créer un compte acheteur'],
    ['/inscription/structure', 'Créer un compte de structure'],
    ['/inscription/envoyee', 'Vérifiez votre boîte mail'],
    ['/conditions-utilisation', 'Conditions d’utilisation'],
    ['/confidentialite', 'Politique de confidentialité'],
  ])('opens_the_sign_up_page_%s_without_a_session', async (path, heading) => {
    const router = renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(path);
  });

  it('keeps_the_review_of_who_joins_to_facilitators_and_admins', async () => {
    signIn(userWithRole('buyer'));
    renderApp('/animation/rattachements');
    expect(await screen.findByRole('heading', { name: 'Accès refusé' })).toBeInTheDocument();
  });

  it('tells_a_partner_that_its_space_is_the_api', async () => {
    signIn(userWithRole('partner'));
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Espace réservé à l’API' })).toBeVisible();
  });

  it('keeps_the_app_layout_on_a_404_when_signed_in_and_offers_a_way_back', async () => {
    signIn(userWithRole('buyer'));
    const router = renderApp('/annuaire/nulle-part/encore');
    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toHaveTextContent(
      'Annuaire',
    );
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/annuaire/nulle-part/encore');
    const back = screen.getByRole('link', { name: 'Retour à l’accueil' });
    expect(back).toHaveAttribute('href', '/');
  });

  it('shows_a_404_on_its_own_to_an_anonymous_visitor', async () => {
    renderApp('/nulle-part');
    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeInTheDocument();
    expect(
      screen.queryByRole('navigation', { name: 'Navigation principale' }),
    ).not.toBeInTheDocument();
  });

  it.each([
    ['buyer', ['Nouveau besoin', 'Mes besoins', 'Annuaire des structures']],
    ['siae', ['Ma structure', 'Baromètre', 'Annuaire des structures', 'Diagnostic financier']],
    [
      'facilitator',
      [
        'À valider',
        'Marchés en cours',
        'Baromètre',
        'Suivis des besoins',
        'Annuaire des structures',
        'Import',
        'Nouvelle structure',
        'Diagnostics financiers',
        'Organisations à vérifier',
        'Demandes de rattachement',
      ],
    ],
    [
      'admin',
      [
        'Annuaire des structures',
        'Import',
        'Nouvelle structure',
        'Organisations',
        'Utilisateurs',
        'Clients partenaires',
        'Règles de financement',
        'Journal des accès',
      ],
    ],
  ] as const)('links_the_home_of_a_%s_to_what_it_can_do_now', async (role, links) => {
    signIn(userWithRole(role));
    renderApp('/');
    const list = await screen.findByRole('list', { name: 'Ce que vous pouvez faire' });
    const names = Array.from(list.querySelectorAll('a')).map((link) => link.textContent);
    expect(names).toEqual(links);
    expect(list).not.toHaveTextContent(/sourcing|sollicitation|tableau de bord/i);
  });
});
