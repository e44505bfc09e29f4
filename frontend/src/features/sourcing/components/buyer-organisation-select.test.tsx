import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { FACILITATOR, renderSourcingRoute } from '../testing/directory-tools';
import { BuyerOrganisationSelect } from './buyer-organisation-select';

const LIST = 'GET /api/v1/buyer-organisations';
const WAIT = { timeout: 3000 };
const ORGANISATIONS = [
  {
    id: '00000000-0000-0000-0000-0000000000d1',
    name: 'Conseil départemental 93',
    kind: 'PUBLIC_BUYER',
  },
  { id: '00000000-0000-0000-0000-0000000000d2', name: 'Mairie de Bobigny', kind: 'PUBLIC_BUYER' },
  { id: '00000000-0000-0000-0000-0000000000d3', name: 'Mairie de Montreuil', kind: 'PUBLIC_BUYER' },
];

function page(items: typeof ORGANISATIONS) {
  return jsonResponse({ items, page: 0, size: 20, totalItems: items.length });
}

/** The active buyers whose name contains q, as the API filters them. */
function byName(request: Request) {
  const q = new URL(request.url).searchParams.get('q')?.toLowerCase() ?? '';
  return page(ORGANISATIONS.filter((organisation) => organisation.name.toLowerCase().includes(q)));
}

function Picker(props: {
  initial?: string | null;
  valueName?: string;
  disabled?: boolean;
  onChange?: (id: string | null) => void;
}) {
  const [value, setValue] = useState<string | null>(props.initial ?? null);
  return (
    <BuyerOrganisationSelect
      value={value}
      valueName={props.valueName}
      disabled={props.disabled}
      onChange={(id) => {
        setValue(id);
        props.onChange?.(id);
      }}
    />
  );
}

function renderPicker(props: Parameters<typeof Picker>[0] = {}) {
  return renderSourcingRoute(<Picker {...props} />, { path: '/', user: FACILITATOR });
}

describe('organisation acheteuse', { timeout: 30_000 }, () => {
  it('searches_the_active_buyers_by_name_as_one_types_and_picks_one', async () => {
    const { calls } = mockFetch({ [LIST]: byName });
    const onChange = vi.fn();
    const { user } = renderPicker({ onChange });

    const field = screen.getByRole('combobox', { name: /^Organisation acheteuse/ });
    await user.click(field);
    // Before typing: the first ones in name order.
    expect(
      await screen.findByRole('option', { name: 'Conseil départemental 93' }, WAIT),
    ).toBeInTheDocument();
    await user.type(field, 'mairie');
    await waitFor(
      () =>
        expect(
          screen.queryByRole('option', { name: 'Conseil départemental 93' }),
        ).not.toBeInTheDocument(),
      WAIT,
    );
    expect(screen.getByRole('option', { name: 'Mairie de Bobigny' })).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Mairie de Montreuil' }));

    expect(onChange).toHaveBeenLastCalledWith(ORGANISATIONS[2]?.id);
    expect(field).toHaveValue('Mairie de Montreuil');
    const asked = calls.map((call) => new URL(call.url).searchParams);
    // Typing is debounced: not one request per letter.
    expect(asked.map((params) => params.get('q'))).toEqual([null, 'mairie']);
    expect(asked.every((params) => params.get('size') === '20')).toBe(true);
  });

  it('says_in_french_when_no_buyer_has_that_name', async () => {
    mockFetch({ [LIST]: byName });
    const { user } = renderPicker();

    await user.type(
      screen.getByRole('combobox', { name: /^Organisation acheteuse/ }),
      'Préfecture',
    );

    expect(
      await screen.findByText(/Aucune organisation acheteuse active ne porte ce nom/, {}, WAIT),
    ).toBeInTheDocument();
  });

  it('says_in_french_when_the_list_cannot_be_loaded', async () => {
    mockFetch({ [LIST]: () => problemResponse(500, { title: 'Erreur interne' }) });
    const { user } = renderPicker();

    await user.click(screen.getByRole('combobox', { name: /^Organisation acheteuse/ }));

    expect(
      await screen.findByText(/Impossible de charger les organisations acheteuses/, {}, WAIT),
    ).toBeInTheDocument();
  });

  it('shows_the_name_of_the_organisation_of_a_saved_draft_without_searching', () => {
    const { calls } = mockFetch({ [LIST]: byName });
    renderPicker({ initial: ORGANISATIONS[1]?.id, valueName: 'Mairie de Bobigny', disabled: true });

    expect(screen.getByRole('combobox', { name: /^Organisation acheteuse/ })).toHaveValue(
      'Mairie de Bobigny',
    );
    expect(calls).toHaveLength(0);
  });
});
