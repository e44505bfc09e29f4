import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import { JARDINS, REFERENCE_ROUTES, searchPage } from '../testing/fixtures';
import { DirectorySearchRoute } from './directory-search';

function renderSearch(initialEntry = '/annuaire') {
  signIn();
  return renderRoute(<DirectorySearchRoute />, { path: '/annuaire', initialEntry });
}

function searchCalls(calls: Request[]) {
  return calls
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname === '/api/v1/structures');
}

describe('directory search page', () => {
  it('sends_the_search_found_in_the_url_to_the_api', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/structures': () => jsonResponse(searchPage([JARDINS])),
    });
    renderSearch('/annuaire?q=jardin&kind=ACI&sector=proprete&department=93&page=1');

    expect(await screen.findByRole('link', { name: JARDINS.name })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: /rechercher une structure/i })).toHaveValue(
      'jardin',
    );
    const query = searchCalls(calls)[0]?.searchParams;
    expect(query?.get('q')).toBe('jardin');
    expect(query?.getAll('kind')).toEqual(['ACI']);
    expect(query?.getAll('sector')).toEqual(['proprete']);
    expect(query?.get('department')).toBe('93');
    expect(query?.get('page')).toBe('1');
  });

  it('writes_the_chosen_filters_into_the_url_and_goes_back_to_the_first_page', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/structures': () => jsonResponse(searchPage([JARDINS])),
    });
    const { user, router } = renderSearch('/annuaire?page=2');
    await screen.findByRole('link', { name: JARDINS.name });

    await user.click(await screen.findByRole('checkbox', { name: /^EI/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Agriculture et alimentation/ }));
    await user.type(screen.getByRole('searchbox', { name: /rechercher une structure/i }), 'bio');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));

    const url = new URLSearchParams(router.state.location.search);
    expect(url.getAll('kind')).toEqual(['EI']);
    expect(url.getAll('sector')).toEqual(['agriculture-alimentation']);
    expect(url.get('q')).toBe('bio');
    expect(url.has('page')).toBe(false);
    const last = searchCalls(calls).at(-1)?.searchParams;
    expect(last?.getAll('kind')).toEqual(['EI']);
    expect(last?.get('q')).toBe('bio');
    expect(last?.get('page')).toBe('0');
  });

  it('selects_a_single_sector_of_a_group_and_the_whole_group_again', async () => {
    mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/structures': () => jsonResponse(searchPage([JARDINS])),
    });
    const { user, router } = renderSearch('/annuaire?sector=agriculture-alimentation');
    await screen.findByRole('link', { name: JARDINS.name });

    await user.click(
      screen.getByRole('button', { name: 'Afficher les secteurs : Agriculture et alimentation' }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Agriculture' }));
    expect(new URLSearchParams(router.state.location.search).getAll('sector')).toEqual([
      'maraichage-legumerie-conserverie',
    ]);

    await user.click(screen.getByRole('checkbox', { name: 'Agriculture' }));
    expect(new URLSearchParams(router.state.location.search).getAll('sector')).toEqual([
      'agriculture-alimentation',
    ]);
  });

  it('shows_facet_counts_next_to_the_filter_values', async () => {
    mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/structures': () =>
        jsonResponse(
          searchPage([JARDINS], {
            kinds: [{ value: 'ACI', label: 'ACI', count: 12 }],
            sectorGroups: [{ value: 'proprete', label: 'Propreté', count: 4 }],
            departments: [{ value: '93', label: 'Seine-Saint-Denis', count: 7 }],
            withContact: 7,
          }),
        ),
    });
    const { user } = renderSearch();

    expect(
      await screen.findByRole('checkbox', { name: 'ACI – Atelier et chantier d’insertion (12)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'EI – Entreprise d’insertion (0)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Propreté (4)' })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: /^Département/ }));
    expect(
      await screen.findByRole('option', { name: '93 – Seine-Saint-Denis (7)' }),
    ).toBeInTheDocument();
  });

  it('says_when_no_structure_matches', async () => {
    mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/structures': () => jsonResponse(searchPage([])),
    });
    renderSearch('/annuaire?q=introuvable');

    expect(
      await screen.findByText(/Aucune structure ne correspond à ces critères/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows_the_distance_when_searching_around_a_commune', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/structures': () => jsonResponse(searchPage([{ ...JARDINS, distanceKm: 3.24 }])),
    });
    renderSearch('/annuaire?commune=Montreuil+(93)&lat=48.86&lon=2.44&radiusKm=10');

    const table = await screen.findByRole('table', { name: 'Structures trouvées' });
    expect(within(table).getByRole('columnheader', { name: 'Distance' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '3,2 km' })).toBeInTheDocument();
    const query = searchCalls(calls)[0]?.searchParams;
    expect(query?.get('radiusKm')).toBe('10');
    expect(query?.get('lat')).toBe('48.86');
  });
});
