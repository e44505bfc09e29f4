import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { DRAFT_REQUEST, PUBLISHED_REQUEST, REQUEST_ID } from '../testing/request-fixtures';
import { renderSourcingRoute, STRUCTURES } from '../testing/directory-tools';
import type { SourcingRequestView } from '../api/get-sourcing-request';
import { CloseRequestDialog } from './close-request-dialog';

const CLOSE = `POST /api/v1/sourcing-requests/${REQUEST_ID}/close`;

function renderDialog(request: SourcingRequestView, onClose = vi.fn()) {
  const view = renderSourcingRoute(<CloseRequestDialog request={request} onClose={onClose} />, {
    path: '/besoins/:id',
    initialEntry: `/besoins/${request.id}`,
  });
  return { ...view, onClose };
}

describe('clôturer un besoin', { timeout: 30_000 }, () => {
  it('awards_the_request_to_the_chosen_structures_with_their_amounts', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      [CLOSE]: async (request) => {
        bodies.push(await request.json());
        return jsonResponse({ ...PUBLISHED_REQUEST, status: 'CLOSED', outcome: 'AWARDED' });
      },
    });
    const { user, onClose } = renderDialog(PUBLISHED_REQUEST);

    await user.click(await screen.findByRole('radio', { name: /Attribué/ }));
    await user.click(screen.getByRole('combobox', { name: /^Structure 1/ }));
    await user.click(await screen.findByRole('option', { name: STRUCTURES[0]?.name ?? '' }));
    await user.type(screen.getByRole('textbox', { name: /^Montant 1/ }), '12 500,50');
    await user.click(screen.getByRole('button', { name: 'Clôturer' }));

    expect(await screen.findByText('Besoin clôturé : attribué.')).toBeInTheDocument();
    expect(bodies).toEqual([
      { outcome: 'AWARDED', awards: [{ structureId: STRUCTURES[0]?.id, amount: 12500.5 }] },
    ]);
    expect(onClose).toHaveBeenCalled();
  });

  it('asks_for_the_structure_and_the_amount_of_an_award_before_sending', async () => {
    const { calls } = mockFetch({});
    const { user } = renderDialog(PUBLISHED_REQUEST);

    await user.click(await screen.findByRole('radio', { name: /Attribué/ }));
    await user.type(screen.getByRole('textbox', { name: /^Montant 1/ }), '-3');
    await user.click(screen.getByRole('button', { name: 'Clôturer' }));

    expect(await screen.findByText('Choisissez la structure retenue.')).toBeInTheDocument();
    expect(screen.getByText('Saisissez un nombre positif.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Structure 1/ })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /^Montant 1/ })).toHaveValue('-3');
    expect(calls).toHaveLength(0);
  });

  it('only_cancels_a_request_that_was_not_published', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      [CLOSE]: async (request) => {
        bodies.push(await request.json());
        return jsonResponse({ ...DRAFT_REQUEST, status: 'CLOSED', outcome: 'CANCELLED' });
      },
    });
    const { user } = renderDialog(DRAFT_REQUEST);

    expect(await screen.findByRole('radio', { name: /Annulé/ })).toBeChecked();
    expect(screen.queryByRole('radio', { name: /Attribué/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clôturer' }));

    expect(await screen.findByText('Besoin clôturé : annulé.')).toBeInTheDocument();
    expect(bodies).toEqual([{ outcome: 'CANCELLED' }]);
  });
});
