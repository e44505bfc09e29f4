import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  flagParam,
  listParam,
  numberParam,
  oneOfParam,
  pageParam,
  someOfParam,
  textParam,
  useUrlState,
} from './use-url-state';

describe('query string codecs', () => {
  it('leave_empty_and_default_values_out_of_the_url', () => {
    expect(textParam.format('  ')).toEqual([]);
    expect(numberParam.format(null)).toEqual([]);
    expect(pageParam.format(0)).toEqual([]);
    expect(flagParam(true).format(true)).toEqual([]);
    expect(flagParam(true).format(false)).toEqual(['false']);
  });

  it('read_unknown_or_malformed_values_as_nothing', () => {
    expect(numberParam.parse(['abc'])).toBeNull();
    expect(pageParam.parse(['-3'])).toBe(0);
    expect(pageParam.parse(['2.5'])).toBe(0);
    expect(oneOfParam(['name', 'distance'] as const).parse(['price'])).toBeNull();
    expect(someOfParam(['ACI', 'EI'] as const).parse(['EI', 'XYZ', 'ACI'])).toEqual(['ACI', 'EI']);
    expect(flagParam(true).parse([])).toBe(true);
  });

  it('numbers_pages_in_the_url_as_they_are_shown', () => {
    // The second page (index 1 for the API) reads page=2, and back.
    expect(pageParam.format(1)).toEqual(['2']);
    expect(pageParam.parse(['2'])).toBe(1);
    expect(pageParam.parse(['1'])).toBe(0);
    expect(pageParam.parse([])).toBe(0);
  });
});

describe('useUrlState', () => {
  const codecs = { department: textParam, sector: listParam };

  function Filters() {
    const [state, update] = useUrlState(codecs);
    return (
      <>
        <output>{`${state.department}|${state.sector.join(',')}`}</output>
        <button
          type="button"
          onClick={() => {
            // Two changes before the router has rendered the first one.
            update({ department: '93' });
            update({ sector: ['espaces-verts'] });
          }}
        >
          Filtrer
        </button>
      </>
    );
  }

  it('keeps_a_change_made_before_the_router_rendered_the_previous_one', async () => {
    const router = createMemoryRouter([{ path: '/', element: <Filters /> }], {
      initialEntries: ['/?q=nettoyage'],
    });
    render(<RouterProvider router={router} />);
    fireEvent.click(screen.getByRole('button', { name: 'Filtrer' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('93|espaces-verts'));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('q')).toBe('nettoyage');
    expect(params.get('department')).toBe('93');
    expect(params.getAll('sector')).toEqual(['espaces-verts']);
  });
});
