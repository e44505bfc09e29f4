import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/http';
import { signIn } from '@/testing/test-utils';
import { REFERENCE_ROUTES } from '../testing/fixtures';
import { useDirectoryReferences } from './use-directory-references';

function SectorName() {
  const references = useDirectoryReferences();
  return <p>{references.sectorName('agriculture-alimentation')}</p>;
}

const LISTS = [
  '/api/v1/sectors',
  '/api/v1/departments',
  '/api/v1/structure-kinds',
  '/api/v1/presta-types',
  '/api/v1/structure-labels',
  '/api/v1/structure-networks',
];

describe('useDirectoryReferences', () => {
  it('fetches_each_reference_list_once_per_session_even_after_every_page_using_it_is_left', async () => {
    signIn();
    const { calls } = mockFetch(REFERENCE_ROUTES);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const page = (
      <QueryClientProvider client={queryClient}>
        <SectorName />
        <SectorName />
      </QueryClientProvider>
    );

    const first = render(page);
    expect(await screen.findAllByText('Agriculture et alimentation')).toHaveLength(2);
    first.unmount();
    // Far beyond the default five minutes a query without observers is kept.
    queryClient
      .getQueryCache()
      .getAll()
      .forEach((query) => {
        expect(query.options.gcTime).toBe(Infinity);
        expect(query.isStale()).toBe(false);
      });
    render(page);
    expect(await screen.findAllByText('Agriculture et alimentation')).toHaveLength(2);

    await waitFor(() => expect(calls.length).toBeGreaterThanOrEqual(LISTS.length));
    const paths = calls.map((request) => new URL(request.url).pathname);
    expect(paths.toSorted()).toEqual(LISTS.toSorted());
  });
});
