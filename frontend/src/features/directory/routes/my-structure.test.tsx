import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { ADMIN_USER, renderRoute, signIn } from '@/testing/test-utils';
import { JARDINS, JARDINS_DETAIL, REFERENCE_ROUTES, searchPage } from '../testing/fixtures';
import { MyStructureRoute } from './my-structure';

const SIAE_USER = {
  ...ADMIN_USER,
  role: 'siae' as const,
  email: 'siae@demo.relance-iae.fr',
  organisation: { id: JARDINS_DETAIL.organisationId, name: JARDINS.name, kind: 'SIAE' as const },
};
const NAMESAKE = { ...JARDINS, id: '77777777-7777-7777-7777-777777777777' };

// The whole profile form renders: slower than most pages in jsdom.
describe('Ma structure', { timeout: 15_000 }, () => {
  it('edits_the_structure_its_organisation_owns_and_not_a_namesake', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/structures': () => jsonResponse(searchPage([NAMESAKE, JARDINS])),
      [`GET /api/v1/structures/${NAMESAKE.id}`]: () =>
        jsonResponse({ ...JARDINS_DETAIL, id: NAMESAKE.id, organisationId: ADMIN_USER.id }),
      [`GET /api/v1/structures/${JARDINS.id}`]: () => jsonResponse(JARDINS_DETAIL),
    });
    signIn(SIAE_USER);
    renderRoute(<MyStructureRoute />, { path: '/ma-structure' });

    expect(
      await screen.findByRole('button', { name: 'Enregistrer le profil' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^SIRET/ })).toBeDisabled();
    expect(screen.queryByRole('combobox', { name: 'Structure' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Membres' })).not.toBeInTheDocument();
    const search = calls
      .map((request) => new URL(request.url))
      .find((url) => url.pathname === '/api/v1/structures');
    expect(search?.searchParams.get('q')).toBe(JARDINS.name);
  });

  it('says_when_no_structure_belongs_to_the_organisation', async () => {
    mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/structures': () => jsonResponse(searchPage([])),
    });
    signIn(SIAE_USER);
    renderRoute(<MyStructureRoute />, { path: '/ma-structure' });

    expect(
      await screen.findByText(
        /Aucune structure de l’annuaire n’est rattachée à votre organisation/,
      ),
    ).toBeInTheDocument();
  });
});
