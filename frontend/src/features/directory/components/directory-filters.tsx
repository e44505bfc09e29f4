import { Button, Checkbox, MultiSelect, Select, Stack, Switch, Text, Title } from '@mantine/core';
import type { StructureFacets } from '../api/search-structures';
import type { DirectoryReferences } from '../hooks/use-directory-references';
import type { DirectorySearchState } from '../hooks/use-directory-search-state';
import { checkMinInsertionFte, checkRadius, DEFAULT_RADIUS_KM } from '../utils/number-rules';
import { CommunePicker } from './commune-picker';
import { facetCounts, withCount } from './facet-label';
import { NumberFilterInput } from './number-filter-input';
import { SectorTreeFilter } from './sector-tree-filter';

interface DirectoryFiltersProps {
  state: DirectorySearchState;
  onChange: (patch: Partial<Omit<DirectorySearchState, 'page'>>) => void;
  onReset: () => void;
  references: DirectoryReferences;
  facets: StructureFacets | undefined;
  /** Facilitators and admins may list the deactivated structures. */
  canSeeDeactivated: boolean;
  /** The drawer on a phone has its own title. */
  withTitle?: boolean;
}

/**
 * Every filter of the directory search, with the facet counts of the current results: the place
 * first (department, commune and radius), then the closed sector tree, then the rest.
 */
export function DirectoryFilters({
  state,
  onChange,
  onReset,
  references,
  facets,
  canSeeDeactivated,
  withTitle = true,
}: DirectoryFiltersProps) {
  const kindCounts = facetCounts(facets?.kinds);
  const groupCounts = facetCounts(facets?.sectorGroups);
  const departmentCounts = facetCounts(facets?.departments);
  const commune =
    state.lat !== null && state.lon !== null
      ? { name: state.commune || 'Point choisi', latitude: state.lat, longitude: state.lon }
      : null;

  return (
    <Stack
      gap="md"
      component="section"
      {...(withTitle ? { 'aria-labelledby': 'titre-filtres' } : { 'aria-label': 'Filtres' })}
    >
      {withTitle && (
        <Title order={2} size="h4" id="titre-filtres">
          Filtres
        </Title>
      )}

      <Select
        label="Département"
        description="Structures situées dans le département ou qui y interviennent"
        placeholder="Tous les départements"
        searchable
        clearable
        clearButtonProps={{ 'aria-label': 'Effacer le département' }}
        value={state.department || null}
        onChange={(department) =>
          onChange(department ? { department } : { department: '', includeNationwide: true })
        }
        data={references.departments.map((department) => ({
          value: department.code,
          label: withCount(
            `${department.code} – ${department.name}`,
            departmentCounts,
            department.code,
          ),
        }))}
        nothingFoundMessage="Aucun département"
      />
      {state.department && (
        <Switch
          label="Inclure les structures intervenant dans toute la France"
          checked={state.includeNationwide}
          onChange={(event) => onChange({ includeNationwide: event.currentTarget.checked })}
        />
      )}

      <CommunePicker
        label="À proximité de la commune"
        value={commune}
        onChange={(picked) =>
          onChange(
            picked
              ? {
                  commune: picked.name,
                  lat: picked.latitude,
                  lon: picked.longitude,
                  radiusKm: state.radiusKm ?? DEFAULT_RADIUS_KM,
                }
              : { commune: '', lat: null, lon: null, radiusKm: null },
          )
        }
      />
      {commune && (
        <NumberFilterInput
          label="Rayon"
          description="En kilomètres, autour de la commune"
          value={state.radiusKm}
          check={checkRadius}
          onApply={(radiusKm) => onChange({ radiusKm })}
          rightSection={
            <Text size="sm" c="dimmed" aria-hidden="true">
              km
            </Text>
          }
        />
      )}

      <Checkbox
        label={
          facets === undefined ? 'Avec coordonnées' : `Avec coordonnées (${facets.withContact})`
        }
        description="E-mail, téléphone ou site"
        checked={state.withContact}
        onChange={(event) => onChange({ withContact: event.currentTarget.checked })}
      />

      <SectorTreeFilter
        groups={references.sectorGroups}
        selected={state.sector}
        onChange={(sector) => onChange({ sector })}
        counts={groupCounts}
      />

      <Checkbox.Group
        label="Type de structure"
        value={state.kind}
        onChange={(values) =>
          onChange({ kind: references.kinds.map((k) => k.code).filter((c) => values.includes(c)) })
        }
      >
        <Stack gap={4} mt={4}>
          {references.kinds.map((kind) => (
            <Checkbox
              key={kind.code}
              value={kind.code}
              size="sm"
              label={withCount(`${kind.code} – ${kind.label}`, kindCounts, kind.code)}
            />
          ))}
        </Stack>
      </Checkbox.Group>

      <Checkbox.Group
        label="Type de prestation"
        value={state.prestaType}
        onChange={(values) =>
          onChange({
            prestaType: references.prestaTypes
              .map((type) => type.code)
              .filter((code) => values.includes(code)),
          })
        }
      >
        <Stack gap={4} mt={4}>
          {references.prestaTypes.map((type) => (
            <Checkbox key={type.code} value={type.code} size="sm" label={type.label} />
          ))}
        </Stack>
      </Checkbox.Group>

      <MultiSelect
        label="Labels"
        placeholder={state.label.length ? undefined : 'Tous'}
        data={references.labels.map((label) => ({ value: label.code, label: label.name }))}
        value={state.label}
        onChange={(label) => onChange({ label })}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': 'Effacer les labels' }}
      />
      <MultiSelect
        label="Réseaux"
        placeholder={state.network.length ? undefined : 'Tous'}
        data={references.networks.map((network) => ({ value: network.code, label: network.name }))}
        value={state.network}
        onChange={(network) => onChange({ network })}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': 'Effacer les réseaux' }}
      />
      <NumberFilterInput
        label="ETP en insertion, au moins"
        description="Par exemple 1,5"
        value={state.minInsertionFte}
        check={checkMinInsertionFte}
        onApply={(minInsertionFte) => onChange({ minInsertionFte })}
      />

      {canSeeDeactivated && (
        <Switch
          label="Structures désactivées seulement"
          checked={!state.active}
          onChange={(event) => onChange({ active: !event.currentTarget.checked })}
        />
      )}

      <Button variant="default" onClick={onReset}>
        Effacer la recherche
      </Button>
    </Stack>
  );
}
