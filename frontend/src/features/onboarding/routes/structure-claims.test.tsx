import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { ADMIN_USER, renderRoute, signIn } from '@/testing/test-utils';
import { StructureClaimsRoute } from './structure-claims';

const LIST = 'GET /api/v1/structure-claims';
const CLAIM = {
  id: 'claim-1',
  personName: 'Sam Insertion',
  personEmail: 'sam@structure-exemple.fr',
  personEmailVerified: true,
  siret: '44229377500031',
  structureId: 'structure-1',
  structureName: 'Recyclerie d’Exemple',
  structureEmail: null,
  proposal: {
    name: 'Recyclerie d’Exemple',
    kind: 'EI',
    address: '3 rue de la Paix',
    postcode: '93100',
    city: 'Montreuil',
  },
  method: 'QUEUE',
  status: 'PENDING',
  refusalReason: null,
  createdAt: '2026-12-01T09:30:00Z',
  decidedAt: null,
};
const KINDS = [{ code: 'EI', label: 'Entreprise d’insertion', description: '' }];

function page(items: unknown[]) {
  return { items, page: 0, size: 20, totalItems: items.length };
}

function renderPage() {
  signIn({ ...ADMIN_USER, role: 'facilitator' });
  return renderRoute(<StructureClaimsRoute />, { path: '/animation/rattachements' });
}

describe('structure claims queue', () => {
  it('shows_the_person_and_the_proposed_structure_in_french', async () => {
    const { calls } = mockFetch({
      [LIST]: () => jsonResponse(page([CLAIM])),
      'GET /api/v1/structure-kinds': () => jsonResponse(KINDS),
    });
    renderPage();

    expect(await screen.findByText('Sam Insertion')).toBeInTheDocument();
    expect(screen.getByText('Proposée, absente de l’annuaire')).toBeInTheDocument();
    expect(
      await screen.findByText('Entreprise d’insertion · SIRET 44229377500031'),
    ).toBeInTheDocument();
    expect(screen.getByText('À décider par un animateur')).toBeInTheDocument();
    expect(new URL(calls[0]?.url ?? '').searchParams.get('status')).toBe('PENDING');
  });

  it('accepts_a_claim_and_reads_the_queue_again', async () => {
    let accepted = false;
    const { calls } = mockFetch({
      [LIST]: () => jsonResponse(page(accepted ? [] : [CLAIM])),
      'GET /api/v1/structure-kinds': () => jsonResponse(KINDS),
      'POST /api/v1/structure-claims/claim-1/acceptance': () => {
        accepted = true;
        return jsonResponse({ ...CLAIM, status: 'ACCEPTED' });
      },
    });
    const { user } = renderPage();

    await user.click(
      await screen.findByRole('button', { name: 'Accepter la demande de Sam Insertion' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Accepter le rattachement' });
    expect(within(dialog).getByText(/sera ajoutée à l’annuaire/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Accepter' }));

    expect(await screen.findByText(/Aucune demande en attente/)).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1);
  });

  it('asks_for_a_reason_before_refusing_and_sends_it', async () => {
    const { calls } = mockFetch({
      [LIST]: () => jsonResponse(page([CLAIM])),
      'GET /api/v1/structure-kinds': () => jsonResponse(KINDS),
      'POST /api/v1/structure-claims/claim-1/refusal': () =>
        jsonResponse({ ...CLAIM, status: 'REFUSED', refusalReason: 'Inconnue' }),
    });
    const { user } = renderPage();

    await user.click(
      await screen.findByRole('button', { name: 'Refuser la demande de Sam Insertion' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Refuser le rattachement' });
    await user.click(within(dialog).getByRole('button', { name: 'Refuser' }));

    expect(
      await within(dialog).findByText('Expliquez la raison du refus : elle sera envoyée.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/raison du refus/i)).toHaveFocus();

    await user.type(
      within(dialog).getByLabelText(/raison du refus/i),
      'La structure ne vous connaît pas.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Refuser' }));

    await screen.findByText(/la raison lui a été envoyée/);
    const refusal = calls.find((call) => call.method === 'POST');
    expect(await refusal?.json()).toEqual({ reason: 'La structure ne vous connaît pas.' });
  });

  it('says_when_another_facilitator_decided_first', async () => {
    mockFetch({
      [LIST]: () => jsonResponse(page([CLAIM])),
      'GET /api/v1/structure-kinds': () => jsonResponse(KINDS),
      'POST /api/v1/structure-claims/claim-1/acceptance': () =>
        problemResponse(409, {
          type: 'https://relance-iae.fr/problems/conflict',
          title: 'Conflit',
          detail: 'Cette demande a déjà été traitée.',
        }),
    });
    const { user } = renderPage();

    await user.click(
      await screen.findByRole('button', { name: 'Accepter la demande de Sam Insertion' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Accepter le rattachement' });
    await user.click(within(dialog).getByRole('button', { name: 'Accepter' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Cette demande a déjà été traitée.',
    );
  });

  it('shows_refused_claims_with_their_reason', async () => {
    mockFetch({
      [LIST]: (request) =>
        jsonResponse(
          page(
            new URL(request.url).searchParams.get('status') === 'REFUSED'
              ? [
                  {
                    ...CLAIM,
                    status: 'REFUSED',
                    refusalReason: 'Structure inconnue du réseau.',
                    decidedAt: '2026-12-02T10:00:00Z',
                  },
                ]
              : [],
          ),
        ),
      'GET /api/v1/structure-kinds': () => jsonResponse(KINDS),
    });
    const { user } = renderPage();

    await screen.findByText(/Aucune demande en attente/);
    await user.click(screen.getByRole('radio', { name: 'Refusées' }));

    expect(
      await screen.findByText(/Refusée le .* : Structure inconnue du réseau\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Accepter/ })).not.toBeInTheDocument();
  });
});
