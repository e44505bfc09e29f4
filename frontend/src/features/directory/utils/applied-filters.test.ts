import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type DirectorySearchState } from '../hooks/use-directory-search-state';
import { appliedFilters } from './applied-filters';

const NAMES = {
  sectorName: (slug: string) => ({ proprete: 'Propreté' })[slug] ?? slug,
  kindLabel: (code: string) => ({ EI: 'Entreprise d’insertion' })[code] ?? code,
  prestaTypeLabel: (code: string) => ({ SERVICE: 'Prestation de service' })[code] ?? code,
  departmentName: (code: string) => ({ '93': 'Seine-Saint-Denis' })[code] ?? code,
  labelName: (code: string) => ({ RGE: 'RGE' })[code] ?? code,
  networkName: (code: string) => ({ COORACE: 'Coorace' })[code] ?? code,
};

const NONE: DirectorySearchState = { ...EMPTY_FILTERS, q: '', sort: null, page: 0 };

describe('applied filters as chips', () => {
  it('has_no_chip_for_an_empty_search', () => {
    expect(appliedFilters(NONE, NAMES)).toEqual([]);
  });

  it('names_each_value_and_removes_only_its_own', () => {
    const state: DirectorySearchState = {
      ...NONE,
      kind: ['EI', 'ACI'],
      prestaType: ['SERVICE'],
      network: ['COORACE'],
      commune: 'Montreuil (93)',
      lat: 48.86,
      lon: 2.44,
      radiusKm: 2.5,
      department: '93',
      includeNationwide: false,
      active: false,
    };
    const chips = appliedFilters(state, NAMES);
    expect(chips.map((chip) => chip.label)).toEqual([
      'Département : Seine-Saint-Denis (93)',
      'Sans les structures intervenant dans toute la France',
      'À 2,5 km de Montreuil (93)',
      'Type : Entreprise d’insertion',
      'Type : ACI',
      'Prestation : Prestation de service',
      'Réseau : Coorace',
      'Structures désactivées',
    ]);
    expect(chips.find((chip) => chip.key === 'kind:EI')?.remove).toEqual({ kind: ['ACI'] });
    expect(chips.find((chip) => chip.key === 'point')?.remove).toEqual({
      commune: '',
      lat: null,
      lon: null,
      radiusKm: null,
    });
  });
});
