import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { ADMIN_USER, renderRoute, signIn } from '@/testing/test-utils';
import { JARDINS, JARDINS_DETAIL, REFERENCE_ROUTES } from '../testing/fixtures';
import { MyStructureRoute } from './my-structure';

const SIAE_USER = {
  ...ADMIN_USER,
  role: 'siae' as const,
  email: 'siae@demo.relance-iae.fr',
  organisation: { id: JARDINS_DETAIL.organisationId, name: JARDINS.name, kind: 'SIAE' as const },
};
const SECOND = { ...JARDINS, id: '77777777-7777-7777-7777-777777777777', name: 'Jardins bis' };

// The whole profile form renders: slower than most pages in jsdom.
describe('Ma structure', { timeout: 15_000 }, () => {
  it('edits_the_structure_its_organisation_owns', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/me/structures': () => jsonResponse([JARDINS]),
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
    const paths = calls.map((request) => new URL(request.url).pathname);
    expect(paths).toContain('/api/v1/me/structures');
    expect(paths).not.toContain('/api/v1/structures');
  });

  it('offers_a_choice_when_the_organisation_owns_several_structures', async () => {
    mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/me/structures': () => jsonResponse([JARDINS, SECOND]),
      [`GET /api/v1/structures/${JARDINS.id}`]: () => jsonResponse(JARDINS_DETAIL),
    });
    signIn(SIAE_USER);
    renderRoute(<MyStructureRoute />, { path: '/ma-structure' });

    expect(await screen.findByRole('combobox', { name: 'Structure' })).toBeInTheDocument();
  });

  it('says_when_no_structure_belongs_to_the_organisation', async () => {
    mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/me/structures': () => jsonResponse([]),
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
