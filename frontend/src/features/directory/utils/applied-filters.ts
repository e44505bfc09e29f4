import type { DirectoryReferences } from '../hooks/use-directory-references';
import type { DirectorySearchState } from '../hooks/use-directory-search-state';
import { formatNumber } from './format';

type FilterPatch = Partial<Omit<DirectorySearchState, 'page'>>;

/** One applied filter as a chip: what it says (names, never codes) and how to take it away. */
export interface AppliedFilter {
  key: string;
  /** "Type : Entreprise d’insertion" */
  label: string;
  /** The change to the search that removes it. */
  remove: FilterPatch;
}

type Names = Pick<
  DirectoryReferences,
  'sectorName' | 'kindLabel' | 'prestaTypeLabel' | 'departmentName' | 'labelName' | 'networkName'
>;

function without<T>(list: T[], value: T): T[] {
  return list.filter((item) => item !== value);
}

/**
 * The filters of a search, in the order of the filter panel (the text searched first). Every value
 * of a multiple choice is its own chip so that one can be removed alone.
 */
export function appliedFilters(state: DirectorySearchState, names: Names): AppliedFilter[] {
  const chips: AppliedFilter[] = [];
  if (state.q) chips.push({ key: 'q', label: `Recherche : « ${state.q} »`, remove: { q: '' } });
  if (state.department) {
    chips.push({
      key: 'department',
      label: `Département : ${names.departmentName(state.department)} (${state.department})`,
      remove: { department: '', includeNationwide: true },
    });
    if (!state.includeNationwide) {
      chips.push({
        key: 'includeNationwide',
        label: 'Sans les structures intervenant dans toute la France',
        remove: { includeNationwide: true },
      });
    }
  }
  if (state.lat !== null && state.lon !== null && state.radiusKm !== null) {
    chips.push({
      key: 'point',
      label: `À ${formatNumber(state.radiusKm)} km ${state.commune ? `de ${state.commune}` : 'du point choisi'}`,
      remove: { commune: '', lat: null, lon: null, radiusKm: null },
    });
  }
  if (state.withContact) {
    chips.push({ key: 'withContact', label: 'Avec coordonnées', remove: { withContact: false } });
  }
  for (const sector of state.sector) {
    chips.push({
      key: `sector:${sector}`,
      label: `Secteur : ${names.sectorName(sector)}`,
      remove: { sector: without(state.sector, sector) },
    });
  }
  for (const kind of state.kind) {
    chips.push({
      key: `kind:${kind}`,
      label: `Type : ${names.kindLabel(kind)}`,
      remove: { kind: without(state.kind, kind) },
    });
  }
  for (const type of state.prestaType) {
    chips.push({
      key: `prestaType:${type}`,
      label: `Prestation : ${names.prestaTypeLabel(type)}`,
      remove: { prestaType: without(state.prestaType, type) },
    });
  }
  for (const label of state.label) {
    chips.push({
      key: `label:${label}`,
      label: `Label : ${names.labelName(label)}`,
      remove: { label: without(state.label, label) },
    });
  }
  for (const network of state.network) {
    chips.push({
      key: `network:${network}`,
      label: `Réseau : ${names.networkName(network)}`,
      remove: { network: without(state.network, network) },
    });
  }
  if (state.minInsertionFte !== null) {
    chips.push({
      key: 'minInsertionFte',
      label: `Au moins ${formatNumber(state.minInsertionFte)} ETP en insertion`,
      remove: { minInsertionFte: null },
    });
  }
  if (!state.active) {
    chips.push({ key: 'active', label: 'Structures désactivées', remove: { active: true } });
  }
  return chips;
}
