import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import { JARDINS, REFERENCE_ROUTES, searchPage } from '../testing/fixtures';
import { lastSearchPath } from '../utils/last-search';
import { DirectorySearchRoute, errorAdvice, FEWEST_WORDS_NOTICE } from './directory-search';

function renderSearch(initialEntry = '/annuaire') {
  signIn();
  return renderRoute(<DirectorySearchRoute />, { path: '/annuaire', initialEntry });
}

function searchCalls(calls: Request[]) {
  return calls
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname === '/api/v1/structures');
}

function urlOf(router: ReturnType<typeof renderSearch>['router']) {
  return new URLSearchParams(router.state.location.search);
}

function answering(page = searchPage([JARDINS])) {
  return mockFetch({ ...REFERENCE_ROUTES, 'GET /api/v1/structures': () => jsonResponse(page) });
}

beforeEach(() => {
  window.sessionStorage.clear();
});

describe('directory search page for a visitor without an account', () => {
  it('searches_without_an_export_and_offers_a_quote_through_the_login', async () => {
    answering();
    renderRoute(<DirectorySearchRoute />, { path: '/annuaire', initialEntry: '/annuaire' });

    const quote = await screen.findByRole('link', { name: `Demander un devis à ${JARDINS.name}` });
    expect(quote).toHaveAttribute(
      'href',
      `/connexion?retour=${encodeURIComponent(`/besoins/nouveau?structure=${JARDINS.id}`)}`,
    );
    expect(screen.queryByRole('button', { name: 'Exporter' })).not.toBeInTheDocument();
  });

  it('keeps_the_export_for_signed_in_users', async () => {
    answering();
    renderSearch();
    expect(await screen.findByRole('button', { name: 'Exporter' })).toBeInTheDocument();
  });
});

describe('directory search page', () => {
  it('sends_the_search_found_in_the_url_to_the_api_with_the_page_as_the_api_counts_it', async () => {
    const { calls } = answering();
    renderSearch('/annuaire?q=jardin&kind=ACI&sector=proprete&department=93&page=2');

    expect(await screen.findByRole('link', { name: JARDINS.name })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: /rechercher une structure/i })).toHaveValue(
      'jardin',
    );
    const query = searchCalls(calls)[0]?.searchParams;
    expect(query?.get('q')).toBe('jardin');
    expect(query?.getAll('kind')).toEqual(['ACI']);
    expect(query?.getAll('sector')).toEqual(['proprete']);
    expect(query?.get('department')).toBe('93');
    // page=2 in the URL is the second page, index 1 for the API.
    expect(query?.get('page')).toBe('1');
  });

  it('writes_the_chosen_filters_into_the_url_and_goes_back_to_the_first_page', async () => {
    const { calls } = answering();
    const { user, router } = renderSearch('/annuaire?page=2');
    await screen.findByRole('link', { name: JARDINS.name });

    await user.click(await screen.findByRole('checkbox', { name: /^EI/ }));
    await user.click(
      screen.getByRole('button', { name: /^Afficher les secteurs : Agriculture et alimentation/ }),
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Tout le groupe « Agriculture et alimentation »' }),
    );
    await user.type(screen.getByRole('searchbox', { name: /rechercher une structure/i }), 'bio');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));

    const url = urlOf(router);
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
    answering();
    const { user, router } = renderSearch('/annuaire?sector=agriculture-alimentation');
    await screen.findByRole('link', { name: JARDINS.name });

    const toggle = screen.getByRole('button', {
      name: /^Afficher les secteurs : Agriculture et alimentation/,
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('checkbox', { name: 'Agriculture' }));
    expect(urlOf(router).getAll('sector')).toEqual(['maraichage-legumerie-conserverie']);
    // The closed group still says something is chosen in it.
    expect(toggle).toHaveAccessibleName(
      'Masquer les secteurs : Agriculture et alimentation (1) · 1 choisi',
    );

    await user.click(screen.getByRole('checkbox', { name: 'Agriculture' }));
    expect(urlOf(router).getAll('sector')).toEqual(['agriculture-alimentation']);
  });

  it('shows_facet_counts_next_to_the_filter_values', async () => {
    answering(
      searchPage([JARDINS], {
        kinds: [{ value: 'ACI', label: 'ACI', count: 12 }],
        sectorGroups: [{ value: 'proprete', label: 'Propreté', count: 4 }],
        departments: [{ value: '93', label: 'Seine-Saint-Denis', count: 7 }],
        withContact: 3,
      }),
    );
    const { user } = renderSearch();

    expect(
      await screen.findByRole('checkbox', { name: 'ACI – Atelier et chantier d’insertion (12)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'EI – Entreprise d’insertion (0)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Afficher les secteurs : Propreté (4)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^Avec coordonnées \(3\)/ })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: /^Département/ }));
    expect(
      await screen.findByRole('option', { name: '93 – Seine-Saint-Denis (7)' }),
    ).toBeInTheDocument();
  });

  it('places_the_department_a_few_tab_stops_after_the_search_box_and_one_per_sector_group', async () => {
    answering();
    const { user } = renderSearch('/annuaire');
    await screen.findByRole('link', { name: JARDINS.name });
    await screen.findByRole('button', { name: /^Afficher les secteurs : Propreté/ });

    const sectors = screen.getByRole('group', { name: 'Secteurs d’activité' });
    const focusable = sectors.querySelectorAll(
      'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])',
    );
    // Two groups in the fixtures, closed: one toggle each, no checkbox until opened.
    expect(focusable).toHaveLength(2);

    screen.getByRole('searchbox', { name: /rechercher une structure/i }).focus();
    const department = screen.getByRole('combobox', { name: /^Département/ });
    let presses = 0;
    while (document.activeElement !== department && presses < 60) {
      await user.tab();
      presses += 1;
    }
    // The search button, then the department.
    expect(presses).toBe(2);
  });

  it('shows_the_applied_filters_as_chips_in_words_and_removes_them_one_by_one_or_all', async () => {
    const { calls } = answering();
    const { user, router } = renderSearch(
      '/annuaire?q=jardin&department=93&kind=EI&sector=proprete&label=ESUS&withContact=true&minInsertionFte=1.5',
    );
    await screen.findByRole('link', { name: JARDINS.name });

    const chips = within(screen.getByRole('list', { name: 'Filtres appliqués :' }));
    const labels = chips.getAllByRole('button').map((button) => button.textContent);
    expect(labels).toEqual([
      'Recherche : « jardin »×',
      'Département : Seine-Saint-Denis (93)×',
      'Avec coordonnées×',
      'Secteur : Propreté×',
      'Type : Entreprise d’insertion×',
      'Label : ESUS×',
      'Au moins 1,5 ETP en insertion×',
      'Tout effacer',
    ]);
    expect(searchCalls(calls)[0]?.searchParams.get('withContact')).toBe('true');
    // The drawer's button is not there on a desktop; the side filters are.
    expect(screen.queryByRole('button', { name: /^Filtres/ })).not.toBeInTheDocument();

    const removeType = chips.getByRole('button', {
      name: 'Retirer le filtre Type : Entreprise d’insertion',
    });
    await user.click(removeType);
    expect(urlOf(router).has('kind')).toBe(false);
    expect(urlOf(router).get('department')).toBe('93');
    expect(urlOf(router).getAll('sector')).toEqual(['proprete']);
    // Focus moves to the chip now in its place.
    await waitFor(() =>
      expect(document.activeElement).toHaveAccessibleName('Retirer le filtre Label : ESUS'),
    );

    await user.click(chips.getByRole('button', { name: 'Tout effacer' }));
    expect(router.state.location.search).toBe('');
    expect(screen.queryByRole('list', { name: 'Filtres appliqués :' })).not.toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: /rechercher une structure/i })).toHaveFocus();
  });

  it('filters_on_structures_with_contact_details', async () => {
    const { calls } = answering();
    const { user, router } = renderSearch();
    await screen.findByRole('link', { name: JARDINS.name });

    await user.click(screen.getByRole('checkbox', { name: /^Avec coordonnées/ }));
    expect(urlOf(router).get('withContact')).toBe('true');
    await waitFor(() =>
      expect(searchCalls(calls).at(-1)?.searchParams.get('withContact')).toBe('true'),
    );
    expect(
      screen.getByRole('button', { name: 'Retirer le filtre Avec coordonnées' }),
    ).toBeInTheDocument();
  });

  it('refuses_a_radius_out_of_bounds_with_a_message_and_applies_a_decimal_one', async () => {
    answering();
    const { user, router } = renderSearch(
      '/annuaire?commune=Montreuil+(93)&lat=48.86&lon=2.44&radiusKm=10',
    );
    await screen.findByRole('link', { name: JARDINS.name });
    const radius = screen.getByRole('textbox', { name: 'Rayon' });
    expect(radius).toHaveValue('10');

    for (const typed of ['0', '-40', '1001', 'dix']) {
      await user.clear(radius);
      await user.type(radius, `${typed}{Enter}`);
      expect(radius).toHaveAccessibleDescription(
        expect.stringContaining('Le rayon doit être compris entre 1 et 1') as string,
      );
      expect(radius).toHaveAttribute('aria-invalid', 'true');
      expect(radius).toHaveValue(typed);
      expect(urlOf(router).get('radiusKm')).toBe('10');
    }

    await user.clear(radius);
    await user.type(radius, '1,5');
    await user.tab();
    expect(urlOf(router).get('radiusKm')).toBe('1.5');
    expect(radius).toHaveValue('1,5');
    expect(radius).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('reads_a_decimal_minimum_of_insertion_fte_and_refuses_a_negative_one', async () => {
    answering();
    const { user, router } = renderSearch();
    await screen.findByRole('link', { name: JARDINS.name });
    const fte = screen.getByRole('textbox', { name: 'ETP en insertion, au moins' });

    await user.type(fte, '-40{Enter}');
    expect(fte).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Saisissez un nombre d’ETP entre 0 et/)).toBeInTheDocument();
    expect(urlOf(router).has('minInsertionFte')).toBe(false);

    await user.clear(fte);
    await user.type(fte, '1,5{Enter}');
    expect(urlOf(router).get('minInsertionFte')).toBe('1.5');
  });

  it('numbers_pages_in_the_url_as_shown_and_moves_focus_to_the_results', async () => {
    const { calls } = answering({ ...searchPage([JARDINS]), totalItems: 45 });
    const { user, router } = renderSearch();
    await screen.findByRole('link', { name: JARDINS.name });

    await user.click(screen.getByRole('button', { name: 'Page 2' }));
    expect(urlOf(router).get('page')).toBe('2');
    await waitFor(() => expect(searchCalls(calls).at(-1)?.searchParams.get('page')).toBe('1'));
    expect(screen.getByRole('heading', { level: 2, name: /structures trouvées/ })).toHaveFocus();
  });

  it('says_when_only_some_of_the_words_matched', async () => {
    answering({ ...searchPage([JARDINS]), allWordsMatched: false });
    renderSearch('/annuaire?q=blanchisserie+nettoyage');

    const notice = (await screen.findByText(FEWEST_WORDS_NOTICE)).closest('[role="status"]');
    expect(notice).not.toBeNull();
  });

  it('shows_no_notice_when_every_word_matched', async () => {
    answering();
    renderSearch('/annuaire?q=jardin');
    await screen.findByRole('link', { name: JARDINS.name });
    expect(screen.queryByText(FEWEST_WORDS_NOTICE)).not.toBeInTheDocument();
  });

  it('says_what_to_do_when_no_structure_matches_and_clears_the_filters', async () => {
    answering(searchPage([]));
    const { user, router } = renderSearch(
      '/annuaire?q=introuvable&commune=Montreuil+(93)&lat=48.86&lon=2.44&radiusKm=10',
    );

    expect(
      await screen.findByText(
        'Aucune structure ne correspond. Retirez un filtre ou élargissez le rayon.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(router.state.location.search).toBe('');
  });

  it('offers_to_retry_a_failed_search_and_shows_the_results_once_it_succeeds', async () => {
    let failures = 1;
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/structures': () =>
        failures-- > 0
          ? problemResponse(500, { title: 'Internal Server Error', correlationId: 'abc123' })
          : jsonResponse(searchPage([JARDINS])),
    });
    const { user } = renderSearch('/annuaire?q=jardin');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Impossible de charger la liste');
    expect(alert).toHaveTextContent('Erreur inattendue (référence abc123).');
    expect(alert).toHaveTextContent(errorAdvice(true));
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findByRole('link', { name: JARDINS.name })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(searchCalls(calls).map((url) => url.searchParams.get('q'))).toEqual([
      'jardin',
      'jardin',
    ]);
  });

  it('offers_to_clear_the_filters_or_go_home_when_the_search_fails', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      'GET /api/v1/structures': () => problemResponse(503, { title: 'Service Unavailable' }),
    });
    const { user, router } = renderSearch('/annuaire?q=jardin&department=93&withContact=true');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Réessayez dans un instant. Si l’erreur revient, effacez les filtres pour repartir d’une recherche sans critère, ou revenez à l’accueil.',
    );
    expect(within(alert).getByRole('link', { name: 'Retour à l’accueil' })).toHaveAttribute(
      'href',
      '/',
    );
    await user.click(within(alert).getByRole('button', { name: 'Effacer les filtres' }));
    expect(router.state.location.search).toBe('');
    // The search without criteria is asked for, and fails too: no filter left to clear.
    await waitFor(() => expect(searchCalls(calls).at(-1)?.search).toBe('?page=0&size=20'));
    const again = await screen.findByRole('alert');
    expect(again).toHaveTextContent(
      'Réessayez dans un instant. Si l’erreur revient, revenez à l’accueil et réessayez plus tard.',
    );
    expect(
      within(again).queryByRole('button', { name: 'Effacer les filtres' }),
    ).not.toBeInTheDocument();
    expect(within(again).getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(within(again).getByRole('link', { name: 'Retour à l’accueil' })).toBeInTheDocument();
  });

  it('shows_the_sectors_and_labels_of_each_result_by_name', async () => {
    answering(
      searchPage([
        {
          ...JARDINS,
          sectors: [
            'agriculture',
            'maraichage-legumerie-conserverie',
            'nettoyage-de-locaux',
            'x',
            'y',
          ],
          labels: ['ESUS'],
        },
      ]),
    );
    renderSearch('/annuaire?sector=proprete');

    const table = await screen.findByRole('table', { name: 'Structures trouvées' });
    const [, row] = within(table).getAllByRole('row');
    if (!row) throw new Error('one result row');
    // The sector searched for comes first; two more by name, the rest counted.
    expect(row).toHaveTextContent(
      /Nettoyage de locaux\s*Agriculture\s*Maraîchage, légumerie\s*\+2et 2 autres : x, y\s*ESUS/,
    );
    expect(
      within(row).getByRole('cell', { name: 'Atelier et chantier d’insertion' }),
    ).toBeVisible();
  });

  it('shows_the_distance_when_searching_around_a_commune', async () => {
    const { calls } = answering(searchPage([{ ...JARDINS, distanceKm: 3.24 }]));
    renderSearch('/annuaire?commune=Montreuil+(93)&lat=48.86&lon=2.44&radiusKm=10');

    const table = await screen.findByRole('table', { name: 'Structures trouvées' });
    expect(within(table).getByRole('columnheader', { name: 'Distance' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '3,2 km' })).toBeInTheDocument();
    const query = searchCalls(calls)[0]?.searchParams;
    expect(query?.get('radiusKm')).toBe('10');
    expect(query?.get('lat')).toBe('48.86');
  });

  it('remembers_the_search_for_the_way_back_from_a_profile', async () => {
    answering();
    renderSearch('/annuaire?department=93&page=3');
    await screen.findByRole('link', { name: JARDINS.name });
    expect(lastSearchPath()).toBe('/annuaire?department=93&page=3');
  });
});
