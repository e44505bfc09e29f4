import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { FACILITATOR, renderSourcingRoute, STRUCTURES } from '../testing/directory-tools';
import { solicitationView } from '../testing/fixtures';
import { DRAFT_REQUEST, PUBLISHED_REQUEST, REQUEST_ID } from '../testing/request-fixtures';
import type { MatchPreviewView } from '../api/get-sourcing-matches';
import type { SourcingRequestView } from '../api/get-sourcing-request';
import type { SourcingRequestInput } from '../api/save-sourcing-request';
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

  it('offers_a_facilitator_to_send_only_the_drafts_it_wrote_for_validation', async () => {
    mockFetch({ [DETAIL]: () => tagged(DRAFT_REQUEST) });
    const { unmount } = renderDetail(FACILITATOR);

    // The buyer's draft: the facilitator may correct it, the buyer sends it.
    expect(await screen.findByRole('link', { name: 'Modifier' })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Envoyer pour validation' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText('L’acheteur l’enverra pour validation une fois complété.'),
    ).toBeInTheDocument();
    unmount();

    mockFetch({
      [DETAIL]: () =>
        tagged({ ...DRAFT_REQUEST, channel: 'NEGOTIATED', authorUserId: FACILITATOR.id }),
    });
    renderDetail(FACILITATOR);
    expect(
      await screen.findByRole('button', { name: 'Envoyer pour validation' }),
    ).toBeInTheDocument();
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

  it('offers_the_interested_structures_first_when_awarding_the_request', async () => {
    mockFetch({
      [DETAIL]: () => tagged(PUBLISHED_REQUEST),
      [`GET /api/v1/sourcing-requests/${REQUEST_ID}/solicitations`]: () =>
        jsonResponse([
          solicitationView({
            id: 'a0000000-0000-0000-0000-000000000001',
            structureId: 'b0000000-0000-0000-0000-000000000001',
            name: 'Envie 93',
            status: 'INTERESTED',
          }),
          solicitationView({
            id: 'a0000000-0000-0000-0000-000000000002',
            structureId: 'b0000000-0000-0000-0000-000000000002',
            name: 'Bois et Services',
            status: 'DECLINED',
          }),
        ]),
    });
    const { user } = renderDetail();

    await screen.findByRole('list', { name: 'Structures sollicitées' });
    await user.click(screen.getByRole('button', { name: 'Clôturer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clôturer le besoin' });
    await user.click(within(dialog).getByRole('radio', { name: /Attribué/ }));
    await user.click(within(dialog).getByRole('combobox', { name: /^Structure 1/ }));

    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(options[0]).toBe('Envie 93');
    expect(options).not.toContain('Bois et Services');
  });

  it('tells_the_history_of_a_draft_cancelled_before_publication_without_steps_to_come', async () => {
    mockFetch({
      [DETAIL]: () =>
        tagged({
          ...DRAFT_REQUEST,
          status: 'CLOSED',
          outcome: 'CANCELLED',
          closedAt: '2026-12-03T10:00:00Z',
        }),
      [`GET /api/v1/sourcing-requests/${REQUEST_ID}/solicitations`]: () => jsonResponse([]),
    });
    renderDetail();

    const history = await screen.findByRole('region', { name: 'Historique' });
    expect(within(history).getByText('Créé')).toBeInTheDocument();
    expect(within(history).getByText('Clôturé : Annulé')).toBeInTheDocument();
    expect(within(history).queryByText('Publié aux structures')).not.toBeInTheDocument();
    expect(within(history).queryByText('À venir')).not.toBeInTheDocument();
    expect(
      await screen.findByText('Ce besoin a été clôturé sans qu’aucune structure soit sollicitée.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/l’équipe d’animation en cherche/)).not.toBeInTheDocument();
  });

  it('lets_a_facilitator_set_aside_a_match_of_a_submitted_request_with_if_match', async () => {
    const [jardins, netPlus] = STRUCTURES as [(typeof STRUCTURES)[0], (typeof STRUCTURES)[0]];
    const submitted: SourcingRequestView = { ...DRAFT_REQUEST, status: 'SUBMITTED' };
    let current = submitted;
    const matches = (): MatchPreviewView => ({
      total: 2,
      reachable: 2,
      items: [jardins, netPlus].map((structure, index) => ({
        structureId: structure.id,
        name: structure.name,
        kind: 'ACI',
        score: 90 - index * 20,
        reasons: ['Secteur : Propreté'],
        reachable: true,
        targeted: false,
        excluded: current.excludedStructureIds.includes(structure.id),
        solicited: false,
      })),
    });
    const saved: { ifMatch: string | null; body: SourcingRequestInput }[] = [];
    const { calls } = mockFetch({
      [DETAIL]: () => tagged(current),
      [`GET /api/v1/sourcing-requests/${REQUEST_ID}/matches`]: () => jsonResponse(matches()),
      [`PUT /api/v1/sourcing-requests/${REQUEST_ID}`]: async (request) => {
        const body = (await request.json()) as SourcingRequestInput;
        saved.push({ ifMatch: request.headers.get('If-Match'), body });
        current = {
          ...current,
          targetStructureIds: body.targetStructureIds ?? [],
          excludedStructureIds: body.excludedStructureIds ?? [],
          version: current.version + 1,
        };
        return tagged(current);
      },
    });
    const { user } = renderDetail(FACILITATOR);

    const ranked = await screen.findByRole(
      'list',
      { name: 'Structures correspondantes, les mieux classées d’abord' },
      { timeout: 5_000 },
    );
    expect(within(ranked).getAllByRole('listitem')).toHaveLength(2);
    expect(within(ranked).getAllByRole('listitem')[0]).toHaveTextContent(jardins.name);
    expect(
      screen.getByText('2 structures correspondantes sur 2 seront sollicitées.'),
    ).toBeVisible();
    expect(calls.some((call) => new URL(call.url).searchParams.get('limit') === '100')).toBe(true);

    await user.click(screen.getByRole('button', { name: `Écarter ${netPlus.name}` }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.ifMatch).toBe(`"${submitted.version}"`);
    expect(saved[0]?.body).toMatchObject({
      title: submitted.title,
      sectors: submitted.sectors,
      targetStructureIds: [],
      excludedStructureIds: [netPlus.id],
    });
    expect(
      await screen.findByText(
        '1 structure correspondante sur 2 sera sollicitée.',
        {},
        {
          timeout: 5_000,
        },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Réintégrer ${netPlus.name}` })).toBeInTheDocument();
  });
});
