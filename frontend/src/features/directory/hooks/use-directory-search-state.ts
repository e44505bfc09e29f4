import {
  flagParam,
  indexParam,
  listParam,
  numberParam,
  oneOfParam,
  someOfParam,
  textParam,
  useUrlState,
  type ParamCodecs,
} from '@/hooks/use-url-state';
import { DEFAULT_PAGE_SIZE } from '@/hooks/use-paged-filter';
import {
  STRUCTURE_SORTS,
  type StructureSearchParams,
  type StructureSort,
} from '../api/search-structures';
import type { PrestaType, StructureKind } from './use-directory-references';

export const STRUCTURE_KINDS = [
  'ACI',
  'AI',
  'EI',
  'ETTI',
  'EITI',
  'GEIQ',
  'EA',
  'EATT',
  'ESAT',
] as const satisfies readonly StructureKind[];
export const PRESTA_TYPES = [
  'SERVICE',
  'STAFFING',
  'GOODS',
] as const satisfies readonly PrestaType[];

/** The directory search as it reads in the URL (parameter names are the API's). */
export interface DirectorySearchState {
  q: string;
  sector: string[];
  kind: StructureKind[];
  prestaType: PrestaType[];
  department: string;
  includeNationwide: boolean;
  /** The name of the commune the point comes from, to show it again. */
  commune: string;
  lat: number | null;
  lon: number | null;
  radiusKm: number | null;
  label: string[];
  network: string[];
  minInsertionFte: number | null;
  /** false: the deactivated structures instead (facilitators and admins). */
  active: boolean;
  sort: StructureSort | null;
  page: number;
}

const CODECS: ParamCodecs<DirectorySearchState> = {
  q: textParam,
  sector: listParam,
  kind: someOfParam(STRUCTURE_KINDS),
  prestaType: someOfParam(PRESTA_TYPES),
  department: textParam,
  includeNationwide: flagParam(true),
  commune: textParam,
  lat: numberParam,
  lon: numberParam,
  radiusKm: numberParam,
  label: listParam,
  network: listParam,
  minInsertionFte: numberParam,
  active: flagParam(true),
  sort: oneOfParam(STRUCTURE_SORTS),
  page: indexParam,
};

export const EMPTY_FILTERS: Omit<DirectorySearchState, 'q' | 'sort' | 'page'> = {
  sector: [],
  kind: [],
  prestaType: [],
  department: '',
  includeNationwide: true,
  commune: '',
  lat: null,
  lon: null,
  radiusKm: null,
  label: [],
  network: [],
  minInsertionFte: null,
  active: true,
};

export function hasPoint(state: DirectorySearchState): boolean {
  return state.lat !== null && state.lon !== null && state.radiusKm !== null;
}

/** The order the server applies when none is chosen. */
export function effectiveSort(state: DirectorySearchState): StructureSort {
  if (state.sort) return state.sort;
  if (state.q) return 'relevance';
  return hasPoint(state) ? 'distance' : 'completeness';
}

/** The API's parameters for the filters (the export takes the same, without paging). */
export function toFilterParams(state: DirectorySearchState): StructureSearchParams {
  const point =
    state.lat !== null && state.lon !== null && state.radiusKm !== null
      ? { lat: state.lat, lon: state.lon, radiusKm: state.radiusKm }
      : {};
  return {
    ...(state.q ? { q: state.q } : {}),
    ...(state.sector.length ? { sector: state.sector } : {}),
    ...(state.kind.length ? { kind: state.kind } : {}),
    ...(state.prestaType.length ? { prestaType: state.prestaType } : {}),
    ...(state.department
      ? {
          department: state.department,
          ...(state.includeNationwide ? {} : { includeNationwide: false }),
        }
      : {}),
    ...point,
    ...(state.label.length ? { label: state.label } : {}),
    ...(state.network.length ? { network: state.network } : {}),
    ...(state.minInsertionFte !== null ? { minInsertionFte: state.minInsertionFte } : {}),
    ...(state.active ? {} : { active: false }),
    ...(state.sort ? { sort: state.sort } : {}),
  };
}

export function toSearchParams(state: DirectorySearchState): StructureSearchParams {
  return { ...toFilterParams(state), page: state.page, size: DEFAULT_PAGE_SIZE };
}

/**
 * The directory search kept in the URL. Changing a filter returns to the
 * first page; a sort that no longer applies (distance without a point,
 * relevance without text) is dropped.
 */
export function useDirectorySearchState() {
  const [state, update] = useUrlState(CODECS);

  const setFilters = (patch: Partial<Omit<DirectorySearchState, 'page'>>) => {
    const next = { ...state, ...patch };
    const sortStillApplies =
      next.sort === null ||
      next.sort === 'name' ||
      next.sort === 'completeness' ||
      (next.sort === 'distance' ? hasPoint(next) : next.q !== '');
    update({ ...patch, page: 0, ...(sortStillApplies ? {} : { sort: null }) });
  };

  return {
    state,
    setFilters,
    setPage: (page: number) => update({ page }),
    reset: () => update({ ...EMPTY_FILTERS, q: '', sort: null, page: 0 }),
  };
}
