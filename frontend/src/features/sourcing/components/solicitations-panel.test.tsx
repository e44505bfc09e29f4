import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import type { MatchView } from '../api/get-sourcing-matches';
import type { SolicitationView } from '../api/request-solicitations';
import {
  FACILITATOR_USER,
  KIND_ROUTES,
  PARTNER,
  REQUEST_ID,
  solicitationView,
  structureSearchPage,
} from '../testing/fixtures';
import type { MatchPreviewProps } from './match-preview';
import { SolicitationsPanel, type SolicitationsPanelProps } from './solicitations-panel';

const LIST_PATH = `/api/v1/sourcing-requests/${REQUEST_ID}/solicitations`;

const INTERESTED = solicitationView({
  id: 'a0000000-0000-0000-0000-000000000001',
  structureId: 'b0000000-0000-0000-0000-000000000001',
  name: 'Les Jardins de Cocagne Montreuil',
  status: 'INTERESTED',
  answeredAt: '2026-12-02T10:00:00Z',
  answer: {
    decision: 'INTERESTED',
    message: 'Équipe disponible dès janvier.',
    quoteAmount: 18000,
    monthlyCapacity: '400 heures',
    partnerStructureIds: [PARTNER.id],
    partnerStructureNames: ['Envie 93'],
  },
  contact: {
    contactName: 'Amina Diallo',
    email: 'contact@jardins.example',
    phone: '01 23 45 67 89',
    users: [],
  },
});
const DECLINED = solicitationView({
  id: 'a0000000-0000-0000-0000-000000000002',
  structureId: 'b0000000-0000-0000-0000-000000000002',
  name: 'Bois et Services',
  kind: 'EI',
  status: 'DECLINED',
  answer: {
    decision: 'DECLINED',
    declineReason: 'Hors de notre zone.',
    partnerStructureIds: [],
    partnerStructureNames: [],
  },
});
const UNREACHABLE = solicitationView({
  id: 'a0000000-0000-0000-0000-000000000003',
  structureId: 'b0000000-0000-0000-0000-000000000003',
  name: 'Chantier Nature',
  status: 'SENT',
  unreachable: true,
  score: undefined,
  reasons: [],
  distanceKm: undefined,
  origin: 'ADDED',
});
const REMOVED = solicitationView({
  id: 'a0000000-0000-0000-0000-000000000004',
  structureId: 'b0000000-0000-0000-0000-000000000004',
  name: 'Ancienne Régie',
  status: 'DECLINED',
  removed: true,
  answer: {
    decision: 'DECLINED',
    declineReason: 'Trop loin.',
    partnerStructureIds: [],
    partnerStructureNames: [],
  },
});

function renderPanel(props: Partial<SolicitationsPanelProps>, list: SolicitationView[] = []) {
  const removed: string[] = [];
  const added: unknown[] = [];
  const mock = mockFetch({
    ...KIND_ROUTES,
    [`GET ${LIST_PATH}`]: () => jsonResponse(list),
    [`POST ${LIST_PATH}`]: async (request) => {
      added.push(await request.json());
      return jsonResponse(solicitationView({ structureId: PARTNER.id, name: PARTNER.name }), 201);
    },
    [`DELETE ${LIST_PATH}/${UNREACHABLE.structureId}`]: () => {
      removed.push(UNREACHABLE.structureId);
      return new Response(null, { status: 204 });
    },
    'GET /api/v1/structures': () => jsonResponse(structureSearchPage([PARTNER])),
  });
  signIn(props.role === 'facilitator' ? FACILITATOR_USER : undefined);
  const rendered = renderRoute(
    <SolicitationsPanel requestId={REQUEST_ID} status="PUBLISHED" role="buyer" {...props} />,
    { path: '/' },
  );
  return { ...rendered, removed, added, ...mock };
}

const WAIT = { timeout: 5_000 };

describe('solicitations panel', { timeout: 60_000 }, () => {
  it('shows_the_buyer_the_counts_the_answers_and_the_interested_contacts_without_editing', async () => {
    renderPanel({ role: 'buyer' }, [INTERESTED, DECLINED, UNREACHABLE]);

    const counts = await screen.findByRole('group', { name: 'Réponses' }, WAIT);
    expect(counts).toHaveTextContent('1 intéressée');
    expect(counts).toHaveTextContent('1 a décliné');
    expect(counts).toHaveTextContent('1 sans réponse');

    const list = screen.getByRole('list', { name: 'Structures sollicitées' });
    const interested = within(list).getAllByRole('listitem')[0] as HTMLElement;
    expect(interested).toHaveTextContent('Équipe disponible dès janvier.');
    expect(interested).toHaveTextContent(/18\s000\s€/);
    expect(interested).toHaveTextContent('400 heures');
    expect(interested).toHaveTextContent('Envie 93');
    expect(interested).toHaveTextContent('Score 82/100');
    expect(interested).toHaveTextContent('Secteur : Espaces verts');
    expect(interested).toHaveTextContent('À 3,2 km');
    expect(within(interested).getByRole('link', { name: '01 23 45 67 89' })).toHaveAttribute(
      'href',
      'tel:0123456789',
    );
    expect(screen.getByText('Hors de notre zone.')).toBeInTheDocument();
    expect(screen.getByText('Injoignable')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Retirer/ })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('combobox', { name: 'Solliciter une autre structure' }),
    ).not.toBeInTheDocument();
  });

  it('lets_a_facilitator_remove_a_structure_after_confirming_and_shows_removed_ones', async () => {
    const { user, removed } = renderPanel({ role: 'facilitator' }, [UNREACHABLE, REMOVED]);

    expect(await screen.findByText('Retirée', {}, WAIT)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Retirer Ancienne Régie des structures sollicitées' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Réponses' })).toHaveTextContent('1 sans réponse');

    await user.click(
      screen.getByRole('button', { name: 'Retirer Chantier Nature des structures sollicitées' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Retirer Chantier Nature ?' });
    expect(dialog).toHaveTextContent('Son lien de réponse ne fonctionnera plus.');
    await user.click(within(dialog).getByRole('button', { name: 'Retirer la structure' }));

    expect(
      await screen.findByText('Chantier Nature n’est plus sollicitée.', {}, WAIT),
    ).toBeInTheDocument();
    expect(removed).toEqual([UNREACHABLE.structureId]);
  });

  it('lets_a_facilitator_solicit_one_more_structure_found_in_the_directory', async () => {
    const { user, added } = renderPanel({ role: 'facilitator' }, [UNREACHABLE]);

    await user.type(
      await screen.findByRole('combobox', { name: 'Solliciter une autre structure' }, WAIT),
      'Envie',
    );
    await user.click(await screen.findByRole('option', { name: /Envie 93/ }, WAIT));

    expect(await screen.findByText('Envie 93 est sollicitée.', {}, WAIT)).toBeInTheDocument();
    expect(added).toEqual([{ structureId: PARTNER.id }]);
  });

  it('shows_a_facilitator_the_match_preview_before_publishing_and_edits_the_lists', async () => {
    const onChange = vi.fn();
    const matchPreview: MatchPreviewProps = {
      candidates: [
        {
          structureId: INTERESTED.structureId,
          name: 'Les Jardins de Cocagne Montreuil',
          kind: 'ACI',
          score: 91,
          reasons: ['Secteur : Espaces verts'],
          distanceKm: 2.5,
        },
        {
          structureId: DECLINED.structureId,
          name: 'Bois et Services',
          kind: 'EI',
          score: 64,
          reasons: ['Intervient en Seine-Saint-Denis (93)'],
        },
      ],
      targetStructureIds: [],
      excludedStructureIds: [DECLINED.structureId],
      onChange,
      saving: false,
      editable: true,
    };
    const { user, calls } = renderPanel({ role: 'facilitator', status: 'SUBMITTED', matchPreview });

    const ranked = await screen.findByRole(
      'list',
      { name: 'Structures correspondantes, les mieux classées d’abord' },
      WAIT,
    );
    expect(within(ranked).getAllByRole('listitem')[0]).toHaveTextContent('Score 91/100');
    expect(
      screen.getByText('1 structure correspondante sur 2 sera sollicitée.'),
    ).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Écarter Les Jardins de Cocagne Montreuil' }),
    );
    expect(onChange).toHaveBeenLastCalledWith({
      targetStructureIds: [],
      excludedStructureIds: [DECLINED.structureId, INTERESTED.structureId],
    });
    await user.click(screen.getByRole('button', { name: 'Réintégrer Bois et Services' }));
    expect(onChange).toHaveBeenLastCalledWith({ targetStructureIds: [], excludedStructureIds: [] });
    await waitFor(() =>
      expect(calls.some((request) => request.url.includes('/solicitations'))).toBe(false),
    );
  });

  it('lists_the_generated_match_views_read_only_once_the_request_cannot_change', async () => {
    const matches: MatchView[] = [INTERESTED, DECLINED].map((solicitation) => ({
      structureId: solicitation.structureId,
      name: solicitation.name,
      kind: 'ACI',
      score: 70,
      reasons: [],
      reachable: true,
      targeted: false,
      excluded: false,
      solicited: false,
    }));
    renderPanel({
      role: 'facilitator',
      status: 'SUBMITTED',
      matchPreview: {
        candidates: matches,
        targetStructureIds: [],
        excludedStructureIds: [],
        onChange: vi.fn(),
        saving: false,
        editable: false,
      },
    });

    expect(
      await screen.findByText('2 structures correspondantes sur 2 seront sollicitées.', {}, WAIT),
    ).toBeInTheDocument();
    expect(screen.getByText('Bois et Services')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Écarter/ })).not.toBeInTheDocument();
  });

  it('tells_the_buyer_what_comes_next_before_publishing', async () => {
    renderPanel({ role: 'buyer', status: 'SUBMITTED' });
    expect(
      await screen.findByText(/seront sollicitées quand l’équipe d’animation publiera/, {}, WAIT),
    ).toBeInTheDocument();
  });
});
