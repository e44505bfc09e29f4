import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import type { CurrentUser } from '@/lib/api/types';
import { ADMIN_USER, renderRoute, signIn } from '@/testing/test-utils';
import { JARDINS_DETAIL, REFERENCE_ROUTES } from '../testing/fixtures';
import { StructureProfileRoute } from './structure-profile';

const BUYER: CurrentUser = {
  id: '00000000-0000-0000-0000-000000000002',
  email: 'acheteur@demo.relance-iae.fr',
  displayName: 'Bruno Acheteur',
  role: 'buyer',
  organisation: { id: '00000000-0000-0000-0000-0000000000c1', name: 'Ville', kind: 'PUBLIC_BUYER' },
};

const MEMBER: CurrentUser = {
  ...BUYER,
  role: 'siae',
  organisation: { id: JARDINS_DETAIL.organisationId, name: 'Jardins', kind: 'SIAE' },
};

function renderProfile(structure = JARDINS_DETAIL, user: CurrentUser = ADMIN_USER) {
  mockFetch({
    ...REFERENCE_ROUTES,
    [`GET /api/v1/structures/${structure.id}`]: () => jsonResponse(structure),
  });
  signIn(user);
  return renderRoute(<StructureProfileRoute />, {
    path: '/annuaire/:id',
    initialEntry: `/annuaire/${structure.id}`,
  });
}

const PUBLIC_DETAIL = {
  ...JARDINS_DETAIL,
  email: undefined,
  phone: undefined,
  contactName: undefined,
  annualRevenue: undefined,
  permanentHeadcount: undefined,
  contactsHidden: true,
};

function renderAnonymousProfile() {
  mockFetch({
    ...REFERENCE_ROUTES,
    [`GET /api/v1/structures/${PUBLIC_DETAIL.id}`]: () => jsonResponse(PUBLIC_DETAIL),
  });
  return renderRoute(<StructureProfileRoute />, {
    path: '/annuaire/:id',
    initialEntry: `/annuaire/${PUBLIC_DETAIL.id}`,
    routes: [{ path: '/connexion', element: <h1>Connexion de test</h1> }],
  });
}

describe('structure profile page for a visitor without an account', () => {
  it('shows_the_prompt_to_sign_in_instead_of_the_contact_details', async () => {
    renderAnonymousProfile();

    expect(
      await screen.findByRole('heading', { level: 1, name: JARDINS_DETAIL.name }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Connectez-vous ou créez un compte pour voir les coordonnées.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('E-mail')).not.toBeInTheDocument();
    expect(screen.queryByText('Téléphone')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Créer un compte' })).toHaveAttribute(
      'href',
      '/inscription',
    );
    expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute(
      'href',
      `/connexion?retour=${encodeURIComponent(`/annuaire/${PUBLIC_DETAIL.id}`)}`,
    );
    expect(screen.queryByRole('link', { name: 'Modifier la fiche' })).not.toBeInTheDocument();
    expect(document.title).toBe(`${JARDINS_DETAIL.name} · Relance IAE`);
  });

  it('asks_for_a_quote_through_the_login_page_which_returns_to_the_new_request', async () => {
    const { user, router } = renderAnonymousProfile();

    await user.click(
      await screen.findByRole('link', { name: `Demander un devis à ${JARDINS_DETAIL.name}` }),
    );

    expect(await screen.findByRole('heading', { name: 'Connexion de test' })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('retour')).toBe(
      `/besoins/nouveau?structure=${JARDINS_DETAIL.id}`,
    );
  });
});

describe('structure profile page', () => {
  it('shows_activities_in_words_and_the_catalogue', async () => {
    renderProfile();

    expect(
      await screen.findByRole('heading', { level: 1, name: JARDINS_DETAIL.name }),
    ).toBeInTheDocument();
    const activities = screen.getByRole('region', { name: 'Activités' });
    // Cards, not a table wider than a phone; names instead of codes.
    expect(within(activities).queryByRole('table')).not.toBeInTheDocument();
    const activity = within(activities).getByRole('listitem', { name: 'Maraîchage, légumerie' });
    expect(activity).toHaveTextContent('Fourniture de biens');
    expect(activity).toHaveTextContent('Départements : Seine-Saint-Denis (93), Val-de-Marne (94)');
    const offer = screen.getByRole('listitem', { name: 'Panier de légumes bio de saison' });
    expect(offer).toHaveTextContent(/12\s€ à 20\s€ \/ pièce/);
    expect(offer).toHaveTextContent('Capacité : 400 pièces par mois');
    expect(screen.getByRole('region', { name: 'Références clients' })).toHaveTextContent(
      'Ville de Montreuil',
    );
  });

  it('shows_confidential_fields_only_when_the_api_sends_them', async () => {
    renderProfile({ ...JARDINS_DETAIL, contactName: undefined, annualRevenue: undefined });
    await screen.findByRole('heading', { level: 1, name: JARDINS_DETAIL.name });
    expect(
      screen.queryByRole('region', { name: 'Informations confidentielles' }),
    ).not.toBeInTheDocument();
  });

  it('hides_the_completion_rate_from_a_buyer', async () => {
    renderProfile(JARDINS_DETAIL, BUYER);
    await screen.findByRole('heading', { level: 1, name: JARDINS_DETAIL.name });
    expect(screen.getByRole('region', { name: 'Présentation' })).toBeInTheDocument();
    expect(screen.queryByText(/Fiche complétée/)).not.toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('shows_the_completion_rate_to_the_structure_and_to_admins', async () => {
    const { unmount } = renderProfile(JARDINS_DETAIL, MEMBER);
    expect(await screen.findByText('Fiche complétée à 80 %')).toBeInTheDocument();
    unmount();
    renderProfile(JARDINS_DETAIL, ADMIN_USER);
    expect(await screen.findByText('Fiche complétée à 80 %')).toBeInTheDocument();
  });
});
