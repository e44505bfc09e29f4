import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { FACILITATOR, renderSourcingRoute } from '../testing/directory-tools';
import { DRAFT_REQUEST, PUBLISHED_REQUEST, pageOf, summaryOf } from '../testing/request-fixtures';
import { RequestsRoute } from './requests';

const LIST = 'GET /api/v1/sourcing-requests';
const OTHER_DRAFT = {
  ...summaryOf(DRAFT_REQUEST),
  id: '88888888-8888-8888-8888-888888888888',
  title: 'Repas du centre social',
};

function renderList(user = undefined as typeof FACILITATOR | undefined, initialEntry = '/besoins') {
  return renderSourcingRoute(<RequestsRoute />, {
    path: '/besoins',
    initialEntry,
    ...(user ? { user } : {}),
  });
}

describe('mes besoins', { timeout: 30_000 }, () => {
  it('shows_each_request_with_its_status_answers_and_deadline_in_french', async () => {
    mockFetch({
      [LIST]: () => jsonResponse(pageOf([summaryOf(PUBLISHED_REQUEST), OTHER_DRAFT])),
    });
    renderList();

    expect(await screen.findByRole('link', { name: PUBLISHED_REQUEST.title })).toHaveAttribute(
      'href',
      `/besoins/${PUBLISHED_REQUEST.id}`,
    );
    expect(screen.getByRole('link', { name: OTHER_DRAFT.title })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Les besoins de votre organisation' });
    expect(within(table).getByText('Publié')).toBeInTheDocument();
    expect(within(table).getByText('Brouillon')).toBeInTheDocument();
    expect(
      within(table).getByText('2 intéressées · 1 déclinée · 5 sans réponse'),
    ).toBeInTheDocument();
    expect(within(table).getByText('Pas encore publié')).toBeInTheDocument();
    expect(within(table).getAllByText('15/12/2099')).toHaveLength(2);
    expect(screen.getByText('2 résultats')).toBeInTheDocument();
  });

  it('says_what_to_do_when_there_is_no_request_yet', async () => {
    mockFetch({ [LIST]: () => jsonResponse(pageOf([])) });
    renderList();

    expect(await screen.findByText(/Vous n’avez encore aucun besoin/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Décrire un besoin' })).toHaveAttribute(
      'href',
      '/besoins/nouveau',
    );
  });

  it('offers_to_clear_the_filters_when_they_find_nothing', async () => {
    mockFetch({ [LIST]: () => jsonResponse(pageOf([])) });
    const { user, router } = renderList(FACILITATOR, '/besoins?statut=CLOSED&q=repas');

    expect(
      await screen.findByText('Aucun besoin ne correspond à ces filtres.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(router.state.location.search).toBe('');
  });

  it('shows_the_loading_then_the_error_with_a_retry', async () => {
    let attempts = 0;
    mockFetch({
      [LIST]: () => {
        attempts += 1;
        return attempts === 1
          ? problemResponse(500, { title: 'Internal Server Error', correlationId: 'abc123' })
          : jsonResponse(pageOf([summaryOf(DRAFT_REQUEST)]));
      },
    });
    const { user } = renderList();

    expect(screen.getByRole('status', { name: 'Chargement de la liste' })).toBeInTheDocument();
    expect(await screen.findByText('Impossible de charger la liste')).toBeInTheDocument();
    expect(screen.getByText('Erreur inattendue (référence abc123).')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findAllByRole('link', { name: DRAFT_REQUEST.title })).toHaveLength(1);
  });

  it('sends_the_filters_of_the_url_to_the_api', async () => {
    const { calls } = mockFetch({ [LIST]: () => jsonResponse(pageOf([])) });
    renderList(FACILITATOR, '/besoins?statut=SUBMITTED&canal=NEGOTIATED&q=repas&page=2');

    await screen.findByText('Aucun besoin ne correspond à ces filtres.');
    const url = new URL(calls[0]?.url ?? '');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      status: 'SUBMITTED',
      channel: 'NEGOTIATED',
      q: 'repas',
      page: '1',
    });
  });

  it('stays_on_the_request_opened_while_the_typed_text_was_still_pending', async () => {
    mockFetch({ [LIST]: () => jsonResponse(pageOf([summaryOf(PUBLISHED_REQUEST)])) });
    const { user, router } = renderList();

    const link = await screen.findByRole('link', { name: PUBLISHED_REQUEST.title });
    await user.type(screen.getByRole('searchbox', { name: /^Rechercher/ }), 'net');
    await user.click(link);
    expect(await screen.findByRole('heading', { name: 'Page du besoin' })).toBeInTheDocument();
    // Past the pause after typing: the list is gone, its pending update with it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(router.state.location.pathname).toBe(`/besoins/${PUBLISHED_REQUEST.id}`);
    expect(router.state.location.search).toBe('');
  });
});
