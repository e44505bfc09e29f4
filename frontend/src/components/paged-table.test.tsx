import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoute } from '@/testing/test-utils';
import { CARDS_MEDIA_QUERY, PagedTable, wholeList, type Column } from './paged-table';

interface Client {
  id: string;
  name: string;
  organisation: string;
}

const COLUMNS: Column<Client>[] = [
  { header: 'Nom', render: (client) => client.name },
  { header: 'Organisation', render: (client) => client.organisation },
];

const CLIENTS = wholeList<Client>([
  { id: '1', name: 'SI de la DREETS', organisation: 'DREETS Île-de-France' },
  { id: '2', name: 'SI de la Région', organisation: 'Région Île-de-France' },
]);

const desktopMatchMedia = window.matchMedia.bind(window);

/** The screen as a phone: only the cards' media query matches. */
function onAPhone() {
  window.matchMedia = (query: string) =>
    Object.assign(desktopMatchMedia(query), { matches: query === CARDS_MEDIA_QUERY });
}

function renderClients() {
  return renderRoute(
    <PagedTable
      caption="Clients partenaires"
      columns={COLUMNS}
      rowKey={(client) => client.id}
      data={CLIENTS}
      isPending={false}
      error={null}
      onRetry={() => undefined}
      emptyMessage="Aucun client."
      onPageChange={() => undefined}
    />,
    { path: '/' },
  );
}

describe('paged table', () => {
  afterEach(() => {
    window.matchMedia = desktopMatchMedia;
  });

  it('shows_a_table_on_a_wide_screen', () => {
    renderClients();
    const table = screen.getByRole('table', { name: 'Clients partenaires' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('shows_one_card_per_row_with_labelled_values_on_a_phone', () => {
    onAPhone();
    renderClients();

    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const cards = within(screen.getByRole('list', { name: 'Clients partenaires' })).getAllByRole(
      'listitem',
    );
    expect(cards).toHaveLength(2);
    const [first, second] = cards as [HTMLElement, HTMLElement];
    expect(within(first).getByText('SI de la DREETS')).toBeInTheDocument();
    expect(within(first).getByText('Organisation')).toBeInTheDocument();
    expect(within(second).getByText('Région Île-de-France')).toBeInTheDocument();
  });
});
