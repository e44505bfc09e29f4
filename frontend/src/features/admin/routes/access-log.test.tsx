import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import { AccessLogRoute } from './access-log';

const RECORD_ID = '77777777-7777-7777-7777-777777777777';

const EVENT = {
  id: 12,
  at: '2026-12-02T09:15:00Z',
  actorUserId: '00000000-0000-0000-0000-0000000000d2',
  actorName: 'Fanny Animatrice',
  actorEmail: 'animateur@demo.relance-iae.fr',
  actorRole: 'facilitator',
  action: 'READ',
  recordType: 'FINANCING_DIAGNOSTIC',
  recordId: RECORD_ID,
};

const logCalls = (calls: Request[]) =>
  calls.filter((call) => new URL(call.url).pathname === '/api/v1/audit-events');

describe('the access log', { timeout: 30_000 }, () => {
  it('says_who_read_which_record_and_when_in_words', async () => {
    mockFetch({
      'GET /api/v1/audit-events': () =>
        jsonResponse({ items: [EVENT], page: 0, size: 20, totalItems: 1 }),
      'GET /api/v1/admin/users': () =>
        jsonResponse({ items: [], page: 0, size: 10, totalItems: 0 }),
    });
    signIn();
    renderRoute(<AccessLogRoute />, { path: '/admin/journal-acces' });

    const table = await screen.findByRole('table', { name: 'Consultations' });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Fanny Animatrice');
    expect(row).toHaveTextContent('Animateur');
    expect(row).toHaveTextContent('A ouvert la fiche');
    expect(within(table).getByRole('link', { name: 'Diagnostic financier' })).toHaveAttribute(
      'href',
      `/diagnostics/${RECORD_ID}`,
    );
    expect(table).not.toHaveTextContent(/FINANCING_DIAGNOSTIC|READ|facilitator/);
  });

  it('filters_by_record_and_days_and_refuses_a_partial_identifier', async () => {
    const { calls } = mockFetch({
      'GET /api/v1/audit-events': () =>
        jsonResponse({ items: [], page: 0, size: 20, totalItems: 0 }),
      'GET /api/v1/admin/users': () =>
        jsonResponse({ items: [], page: 0, size: 10, totalItems: 0 }),
    });
    signIn();
    const { user } = renderRoute(<AccessLogRoute />, {
      path: '/admin/journal-acces',
      initialEntry: '/admin/journal-acces?du=2026-12-01',
    });

    expect(
      await screen.findByText('Aucune consultation ne correspond à ces filtres.'),
    ).toBeVisible();
    expect(new URL(logCalls(calls)[0]?.url ?? 'http://x').searchParams.get('from')).toBe(
      '2026-12-01',
    );
    const record = screen.getByRole('textbox', { name: /Identifiant de la fiche/ });
    await user.type(record, '7777');
    expect(screen.getByText(/Collez l’identifiant complet de la fiche/)).toBeVisible();
    await user.clear(record);
    await user.type(record, RECORD_ID);
    await waitFor(() =>
      expect(new URL(logCalls(calls).at(-1)?.url ?? 'http://x').searchParams.get('recordId')).toBe(
        RECORD_ID,
      ),
    );
  });
});
