import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { FACILITATOR, renderSourcingRoute } from '../testing/directory-tools';
import { DRAFT_REQUEST, PUBLISHED_REQUEST, REQUEST_ID } from '../testing/request-fixtures';
import type { SourcingRequestView } from '../api/get-sourcing-request';
import { RequestDetailRoute } from './request-detail';

const DETAIL = `GET /api/v1/sourcing-requests/${REQUEST_ID}`;

function tagged(request: SourcingRequestView): Response {
  const response = jsonResponse(request);
  response.headers.set('ETag', `"${request.version}"`);
  return response;
}

function renderDetail(user = undefined as typeof FACILITATOR | undefined) {
  return renderSourcingRoute(<RequestDetailRoute />, {
    path: '/besoins/:id',
    initialEntry: `/besoins/${REQUEST_ID}`,
    ...(user ? { user } : {}),
  });
}

describe('la page d’un besoin', { timeout: 30_000 }, () => {
  it('shows_the_buyer_why_its_draft_came_back_and_how_to_go_on', async () => {
    mockFetch({
      [DETAIL]: () =>
        tagged({ ...DRAFT_REQUEST, returnReason: 'Précisez la surface des sanitaires.' }),
    });
    renderDetail();

    expect(await screen.findByText('Précisez la surface des sanitaires.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Modifier' })).toHaveAttribute(
      'href',
      `/besoins/${REQUEST_ID}/modifier`,
    );
    expect(screen.getByRole('button', { name: 'Envoyer pour validation' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publier' })).not.toBeInTheDocument();
    // Every code read as its name.
    const need = screen.getByRole('region', { name: 'Le besoin' });
    expect(within(need).getByText('Seine-Saint-Denis (93)')).toBeInTheDocument();
    expect(within(need).getByText('Propreté')).toBeInTheDocument();
  });

  it('lets_a_facilitator_publish_or_send_back_a_submitted_request', async () => {
    const sent: unknown[] = [];
    mockFetch({
      [DETAIL]: () => tagged({ ...DRAFT_REQUEST, status: 'SUBMITTED' }),
      [`POST /api/v1/sourcing-requests/${REQUEST_ID}/return`]: async (request) => {
        sent.push(await request.json());
        return tagged({ ...DRAFT_REQUEST, returnReason: 'Trop vague.', version: 2 });
      },
    });
    const { user } = renderDetail(FACILITATOR);

    expect(await screen.findByRole('button', { name: 'Publier' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Renvoyer au demandeur' }));
    const dialog = await screen.findByRole('dialog', { name: 'Renvoyer au demandeur' });
    await user.click(within(dialog).getByRole('button', { name: 'Renvoyer' }));
    const reason = within(dialog).getByRole('textbox', { name: /^Motif/ });
    expect(reason).toHaveFocus();
    expect(sent).toHaveLength(0);
    await user.type(reason, 'Trop vague.');
    await user.click(within(dialog).getByRole('button', { name: 'Renvoyer' }));

    expect(await screen.findByText('Besoin renvoyé au demandeur.')).toBeInTheDocument();
    expect(sent).toEqual([{ reason: 'Trop vague.' }]);
    expect(await screen.findByText('Brouillon')).toBeInTheDocument();
  });

  it('shows_the_answers_the_deadline_and_the_history_of_a_published_request', async () => {
    mockFetch({ [DETAIL]: () => tagged(PUBLISHED_REQUEST) });
    renderDetail();

    expect(
      await screen.findByText('2 intéressées · 1 déclinée · 5 sans réponse'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prolonger la date limite' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clôturer' })).toBeInTheDocument();
    expect(screen.getByText(/Structure ciblée/)).toHaveTextContent('Les Jardins de Cocagne');
    const history = screen.getByRole('region', { name: 'Historique' });
    expect(within(history).getByText('Publié aux structures')).toBeInTheDocument();
  });
});
