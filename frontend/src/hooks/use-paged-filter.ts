import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

export const DEFAULT_PAGE_SIZE = 20;

export interface PageParams {
  page: number;
  size: number;
  q?: string;
}

/**
 * State of a paged, filterable list: the page (from 0, as the API counts) and a
 * text filter debounced before it reaches the query (and resets the page).
 */
export function usePagedFilter(size: number = DEFAULT_PAGE_SIZE) {
  const [page, setPage] = useState(0);
  const [filter, setFilterState] = useState('');
  const [debouncedFilter] = useDebouncedValue(filter.trim(), 300);

  const setFilter = (value: string) => {
    setFilterState(value);
    setPage(0);
  };

  const params: PageParams = { page, size, ...(debouncedFilter ? { q: debouncedFilter } : {}) };
  return { page, setPage, filter, setFilter, params };
}
