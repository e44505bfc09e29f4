import { Anchor, Button, Grid, Group, Loader, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { PagedTable, type Column } from '@/components/paged-table';
import { useSession } from '@/lib/auth/use-session';
import {
  useStructureSearch,
  type StructureSort,
  type StructureSummary,
} from '../api/search-structures';
import { DirectoryFilters } from '../components/directory-filters';
import { ExportMenu } from '../components/export-menu';
import { useDirectoryReferences } from '../hooks/use-directory-references';
import {
  effectiveSort,
  hasPoint,
  toFilterParams,
  toSearchParams,
  useDirectorySearchState,
} from '../hooks/use-directory-search-state';
import { formatDistance, formatNumber } from '../utils/format';
import { paths } from '@/config/paths';

const SORT_LABELS: Record<StructureSort, string> = {
  relevance: 'Pertinence',
  distance: 'Distance',
  name: 'Nom',
};

export function DirectorySearchRoute() {
  const { state, setFilters, setPage, reset } = useDirectorySearchState();
  const references = useDirectoryReferences();
  const search = useStructureSearch(toSearchParams(state));
  const withPoint = hasPoint(state);
  const role = useSession()?.user.role;
  const navigate = useNavigate();
  const canCreate = role === 'facilitator' || role === 'admin';

  // The box follows the URL (back button, reset) but is only applied on submit.
  const [text, setText] = useState(state.q);
  const [appliedText, setAppliedText] = useState(state.q);
  if (appliedText !== state.q) {
    setAppliedText(state.q);
    setText(state.q);
  }

  const columns: Column<StructureSummary>[] = [
    {
      header: 'Structure',
      render: (structure) => (
        <Stack gap={0}>
          <Anchor component={Link} to={paths.structure(structure.id)} fw={600}>
            {structure.name}
          </Anchor>
          {structure.brand && (
            <Text size="sm" c="dimmed">
              {structure.brand}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      header: 'Type',
      render: (structure) => (
        <abbr title={references.kindLabel(structure.kind)}>{structure.kind}</abbr>
      ),
    },
    {
      header: 'Commune',
      render: (structure) => [structure.postCode, structure.city].filter(Boolean).join(' ') || '—',
    },
    { header: 'ETP en insertion', render: (structure) => formatNumber(structure.insertionFte) },
    { header: 'Offres', render: (structure) => structure.offerCount },
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
            label="Rechercher une structure"
            description="Nom, activité, prestation, SIRET…"
            type="search"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            style={{ flex: 1 }}
            maw={560}
          />
          <Button type="submit">Rechercher</Button>
        </Group>
      </form>

      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <DirectoryFilters
            state={state}
            onChange={setFilters}
            onReset={reset}
            references={references}
            facets={search.data?.facets}
            canSeeDeactivated={canCreate}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Stack gap="md" component="section" aria-label="Résultats">
            <Group justify="space-between" align="flex-end">
              <Select
                label="Trier par"
                allowDeselect={false}
                value={effectiveSort(state)}
                onChange={(sort) => setFilters({ sort })}
                data={[
                  { value: 'relevance', label: SORT_LABELS.relevance, disabled: !state.q },
                  { value: 'distance', label: SORT_LABELS.distance, disabled: !withPoint },
                  { value: 'name', label: SORT_LABELS.name },
                ]}
                maw={220}
              />
              <Group gap="md">
                {search.isPlaceholderData && (
                  <Group gap={6} role="status">
                    <Loader size="xs" aria-hidden="true" />
                    <Text size="sm">Mise à jour des résultats…</Text>
                  </Group>
                )}
                <ExportMenu params={toFilterParams(state)} totalItems={search.data?.totalItems} />
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
              emptyMessage="Aucune structure ne correspond à ces critères. Élargissez la recherche ou effacez des filtres."
              onPageChange={setPage}
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
