import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import { ExportMenu } from './export-menu';

const PARAMS = {
  q: 'nettoyage',
  lat: 48.86,
  lon: 2.44,
  radiusKm: 10,
  sort: 'distance' as const,
  kind: ['EI' as const, 'ACI' as const],
};

function savedFiles() {
  const saved: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:export');
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push(this.download);
  });
  return saved;
}

describe('export menu', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is_disabled_with_its_reason_when_the_search_finds_nothing', () => {
    mockFetch({});
    signIn();
    renderRoute(<ExportMenu params={PARAMS} totalItems={0} />, { path: '/annuaire' });

    const button = screen.getByRole('button', { name: 'Exporter' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      'Rien à exporter : aucune structure ne correspond à la recherche.',
    );
  });

  it('is_disabled_without_a_reason_while_the_search_runs', () => {
    mockFetch({});
    signIn();
    renderRoute(<ExportMenu params={PARAMS} totalItems={undefined} />, { path: '/annuaire' });

    expect(screen.getByRole('button', { name: 'Exporter' })).toBeDisabled();
    expect(screen.queryByText(/Rien à exporter/)).not.toBeInTheDocument();
  });

  it('exports_the_current_search_readable_by_default_or_in_the_import_format', async () => {
    const { calls } = mockFetch({
      'GET /api/v1/structures/export.xlsx': () => new Response('PK'),
      'GET /api/v1/structures/export.csv': () => new Response('\uFEFFsiret\r\n'),
    });
    const saved = savedFiles();
    signIn();
    const { user } = renderRoute(<ExportMenu params={PARAMS} totalItems={3} />, {
      path: '/annuaire',
    });

    const button = screen.getByRole('button', { name: 'Exporter' });
    expect(button).toBeEnabled();
    await user.click(button);
    expect(screen.getByRole('dialog', { name: 'Exporter' })).toBeVisible();
    expect(screen.getByRole('radio', { name: /Lisible/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Excel' }));
    await vi.waitFor(() => expect(saved).toEqual(['structures.xlsx']));

    await user.click(screen.getByRole('button', { name: 'Exporter' }));
    await user.click(screen.getByRole('radio', { name: /Format d’import/ }));
    await user.click(screen.getByRole('button', { name: 'CSV' }));
    await vi.waitFor(() =>
      expect(saved).toEqual(['structures.xlsx', 'structures-format-import.csv']),
    );

    const [xlsx, csv] = calls.map((request) => new URL(request.url));
    expect(xlsx?.pathname).toBe('/api/v1/structures/export.xlsx');
    expect(xlsx?.searchParams.get('layout')).toBe('readable');
    expect(xlsx?.searchParams.get('sort')).toBe('distance');
    expect(xlsx?.searchParams.get('lat')).toBe('48.86');
    expect(xlsx?.searchParams.get('radiusKm')).toBe('10');
    expect(xlsx?.searchParams.getAll('kind')).toEqual(['EI', 'ACI']);
    expect(csv?.pathname).toBe('/api/v1/structures/export.csv');
    expect(csv?.searchParams.get('layout')).toBe('import');
    expect(csv?.searchParams.get('q')).toBe('nettoyage');
  });
});
