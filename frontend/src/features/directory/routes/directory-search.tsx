import {
  Alert,
  Anchor,
  Button,
  Drawer,
  Grid,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { PagedTable, type Column } from '@/components/paged-table';
import { useSession } from '@/lib/auth/use-session';
import {
  useStructureSearch,
  type StructureSort,
  type StructureSummary,
} from '../api/search-structures';
import { AppliedFilterChips } from '../components/applied-filter-chips';
import { DirectoryFilters } from '../components/directory-filters';
import { ExportMenu } from '../components/export-menu';
import {
  StructureName,
  StructureResultCard,
  StructureTags,
  structurePlace,
} from '../components/structure-result';
import { QuoteRequestButton, useCanRequestQuote } from '../components/quote-request-button';
import { useDirectoryReferences } from '../hooks/use-directory-references';
import {
  effectiveSort,
  hasPoint,
  toFilterParams,
  toSearchParams,
  useDirectorySearchState,
  type DirectorySearchState,
} from '../hooks/use-directory-search-state';
import { appliedFilters } from '../utils/applied-filters';
import { formatDistance, formatNumber } from '../utils/format';
import { rememberSearch, takeScroll } from '../utils/last-search';
import { paths } from '@/config/paths';

const SORT_LABELS: Record<StructureSort, string> = {
  relevance: 'Pertinence',
  distance: 'Distance',
  name: 'Nom',
  completeness: 'Fiches les plus complètes',
};

/** Below Mantine's md breakpoint the filters no longer fit beside the results: they go in a drawer. */
const FILTERS_IN_DRAWER_QUERY = '(max-width: 61.99em)';

export const FEWEST_WORDS_NOTICE =
  'Aucune structure ne correspond à tous les mots ; voici celles qui correspondent au plus grand nombre.';

/** When the search failed: what to do if « Réessayer » is not enough. */
export function errorAdvice(filtersApplied: boolean): string {
  return filtersApplied
    ? 'Réessayez dans un instant. Si l’erreur revient, effacez les filtres pour repartir d’une recherche sans critère, ou revenez à l’accueil.'
    : 'Réessayez dans un instant. Si l’erreur revient, revenez à l’accueil et réessayez plus tard.';
}

/** The empty list's advice: what to change to find something. */
function emptyAdvice(state: DirectorySearchState, filterCount: number): string {
  if (filterCount === 0 && !state.q) return 'L’annuaire ne compte encore aucune structure.';
  if (hasPoint(state)) {
    return 'Aucune structure ne correspond. Retirez un filtre ou élargissez le rayon.';
  }
  if (filterCount === 0) {
    return 'Aucune structure ne correspond. Vérifiez l’orthographe ou essayez d’autres mots.';
  }
  return 'Aucune structure ne correspond. Retirez un filtre ou essayez d’autres mots.';
}

export function DirectorySearchRoute() {
  const { state, setFilters, setPage, reset } = useDirectorySearchState();
  const references = useDirectoryReferences();
  const search = useStructureSearch(toSearchParams(state));
  const withPoint = hasPoint(state);
  const role = useSession()?.user.role;
  const navigate = useNavigate();
  const location = useLocation();
  const canCreate = role === 'facilitator' || role === 'admin';
  const filtersInDrawer = useMediaQuery(FILTERS_IN_DRAWER_QUERY, false, {
    getInitialValueInEffect: false,
  });
  const [drawerOpen, setDrawerOpen] = useState(false);
  const searchBox = useRef<HTMLInputElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  // The box follows the URL (back button, reset) but is only applied on submit.
  const [text, setText] = useState(state.q);
  const [appliedText, setAppliedText] = useState(state.q);
  if (appliedText !== state.q) {
    setAppliedText(state.q);
    setText(state.q);
  }

  const chips = appliedFilters(state, references);
  // The text is in the search box, not in the drawer: the button counts the drawer's filters.
  const filterCount = chips.filter((chip) => chip.key !== 'q').length;

  // "Retour à l’annuaire" on a profile comes back to this very search.
  useEffect(() => {
    rememberSearch(location.search);
  }, [location.search]);

  // Back from a profile: once the results are there, scroll to where the list was left.
  const backToSearch = (location.state as { backToSearch?: boolean } | null)?.backToSearch;
  const scrollRestored = useRef(false);
  useEffect(() => {
    if (!backToSearch || scrollRestored.current || !search.data) return;
    scrollRestored.current = true;
    const y = takeScroll();
    if (y !== null) window.scrollTo(0, y);
  }, [backToSearch, search.data]);

  const focusSearchBox = useCallback(() => searchBox.current?.focus(), []);

  const changePage = (page: number) => {
    setPage(page);
    // The new page starts at the top of the results, where reading (and focus) resumes.
    resultsHeading.current?.focus({ preventScroll: true });
    resultsHeading.current?.scrollIntoView({ block: 'start' });
  };

  const canRequestQuote = useCanRequestQuote();
  const columns: Column<StructureSummary>[] = [
    {
      header: 'Structure',
      render: (structure) => (
        <Stack gap={4}>
          <StructureName structure={structure} />
          <StructureTags
            structure={structure}
            references={references}
            selectedSectors={state.sector}
          />
        </Stack>
      ),
    },
    { header: 'Type', render: (structure) => references.kindLabel(structure.kind) },
    { header: 'Commune', render: (structure) => structurePlace(structure) ?? '—' },
    { header: 'ETP en insertion', render: (structure) => formatNumber(structure.insertionFte) },
    { header: 'Offres', render: (structure) => structure.offerCount },
    ...(canRequestQuote
      ? [
          {
            header: 'Devis',
            render: (structure: StructureSummary) => (
              <QuoteRequestButton
                structureId={structure.id}
                structureName={structure.name}
                size="xs"
                variant="outline"
              />
            ),
          },
        ]
      : []),
    ...(withPoint
      ? [
          {
            header: 'Distance',
            render: (structure: StructureSummary) =>
              structure.distanceKm == null ? '—' : formatDistance(structure.distanceKm),
          },
        ]
      : []),
  ];

  const filters = (
    <DirectoryFilters
      state={state}
      onChange={setFilters}
      onReset={reset}
      references={references}
      facets={search.data?.facets}
      canSeeDeactivated={canCreate}
      withTitle={!filtersInDrawer}
    />
  );
  const total = search.data?.totalItems;

  const results = (
    <Stack gap="md" component="section" aria-labelledby="titre-resultats">
      <Title
        order={2}
        size="h4"
        id="titre-resultats"
        ref={resultsHeading}
        tabIndex={-1}
        style={{ scrollMarginTop: 'calc(var(--app-shell-header-height, 0px) + 1rem)' }}
      >
        {total === undefined
          ? 'Résultats'
          : `${formatNumber(total)} structure${total > 1 ? 's' : ''} trouvée${total > 1 ? 's' : ''}`}
      </Title>
      <AppliedFilterChips
        filters={chips}
        onRemove={(chip) => setFilters(chip.remove)}
        onClearAll={reset}
        onEmptied={focusSearchBox}
      />
      {search.data?.allWordsMatched === false && (
        <Alert role="status" color="yellow" variant="light">
          {FEWEST_WORDS_NOTICE}
        </Alert>
      )}
      <Group justify="space-between" align="flex-end">
        <Select
          label="Trier par"
          allowDeselect={false}
          value={effectiveSort(state)}
          onChange={(sort) => setFilters({ sort })}
          data={[
            { value: 'relevance', label: SORT_LABELS.relevance, disabled: !state.q },
            { value: 'distance', label: SORT_LABELS.distance, disabled: !withPoint },
            { value: 'completeness', label: SORT_LABELS.completeness },
            { value: 'name', label: SORT_LABELS.name },
          ]}
          maw={240}
        />
        <Group gap="md">
          {search.isPlaceholderData && (
            <Group gap={6} role="status">
              <Loader size="xs" aria-hidden="true" />
              <Text size="sm">Mise à jour des résultats…</Text>
            </Group>
          )}
          {/* Exports are for signed-in users; the API refuses them to visitors. */}
          {role !== undefined && (
            <ExportMenu params={toFilterParams(state)} totalItems={search.data?.totalItems} />
          )}
        </Group>
      </Group>
      <PagedTable
        caption="Structures trouvées"
        columns={columns}
        rowKey={(structure) => structure.id}
        data={search.data}
        isPending={search.isPending}
        error={search.error}
        onRetry={() => void search.refetch()}
        emptyMessage={emptyAdvice(state, filterCount)}
        emptyAction={
          chips.length > 0 && (
            <Button variant="outline" onClick={reset}>
              Effacer les filtres
            </Button>
          )
        }
        errorAdvice={errorAdvice(chips.length > 0)}
        errorActions={
          <>
            {chips.length > 0 && (
              <Button size="xs" variant="default" onClick={reset}>
                Effacer les filtres
              </Button>
            )}
            <Anchor component={Link} to={paths.home} size="sm">
              Retour à l’accueil
            </Anchor>
          </>
        }
        onPageChange={changePage}
        renderCard={(structure) => (
          <StructureResultCard
            structure={structure}
            references={references}
            selectedSectors={state.sector}
          />
        )}
      />
    </Stack>
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title="Annuaire des structures"
        {...(canCreate
          ? {
              actionLabel: 'Nouvelle structure',
              onAction: () => void navigate(paths.structureCreate),
            }
          : {})}
      />
      <form
        role="search"
        aria-label="Rechercher dans l’annuaire"
        onSubmit={(event) => {
          event.preventDefault();
          setFilters({ q: text.trim() });
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            ref={searchBox}
            label="Rechercher une structure"
            description="Nom, activité, prestation, SIRET…"
            type="search"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            style={{ flex: 1 }}
            miw={0}
            maw={560}
          />
          <Button type="submit">Rechercher</Button>
        </Group>
      </form>

      {filtersInDrawer ? (
        <>
          <Button
            variant="default"
            onClick={() => setDrawerOpen(true)}
            aria-haspopup="dialog"
            style={{ alignSelf: 'flex-start' }}
          >
            {filterCount > 0 ? `Filtres (${filterCount})` : 'Filtres'}
          </Button>
          <Drawer
            opened={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title="Filtres"
            position="left"
            size="min(100%, 26rem)"
            closeButtonProps={{ 'aria-label': 'Fermer les filtres' }}
          >
            <Stack gap="lg">
              {filters}
              <Button onClick={() => setDrawerOpen(false)}>
                {total === undefined
                  ? 'Voir les résultats'
                  : `Voir ${total > 1 ? `les ${formatNumber(total)} résultats` : `${total} résultat`}`}
              </Button>
            </Stack>
          </Drawer>
          {results}
        </>
      ) : (
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>{filters}</Grid.Col>
          <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>{results}</Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
