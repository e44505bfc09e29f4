import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import { JARDINS_DETAIL, REFERENCE_ROUTES } from '../testing/fixtures';
import { StructureProfileRoute } from './structure-profile';

function renderProfile(structure = JARDINS_DETAIL) {
  mockFetch({
    ...REFERENCE_ROUTES,
    [`GET /api/v1/structures/${structure.id}`]: () => jsonResponse(structure),
  });
  signIn();
  return renderRoute(<StructureProfileRoute />, {
    path: '/annuaire/:id',
    initialEntry: `/annuaire/${structure.id}`,
  });
}

describe('structure profile page', () => {
  it('shows_activities_in_words_and_the_catalogue', async () => {
    renderProfile();

    expect(
      await screen.findByRole('heading', { level: 1, name: JARDINS_DETAIL.name }),
    ).toBeInTheDocument();
    const activities = screen.getByRole('region', { name: 'Activités' });
    expect(
      within(activities).getByRole('cell', { name: 'Départements : 93, 94' }),
    ).toBeInTheDocument();
    const offer = screen.getByRole('article', { name: 'Panier de légumes bio de saison' });
    expect(offer).toHaveTextContent(/12\s€ à 20\s€ \/ pièce/);
    expect(offer).toHaveTextContent('Capacité : 400 pièce par mois');
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
});
