import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import { PartnerClientsRoute } from './partner-clients';

const CLIENT = {
  id: '33333333-3333-3333-3333-333333333333',
  clientId: 'dreets-idf',
  name: 'DREETS Île-de-France',
  organisation: { id: '44444444-4444-4444-4444-444444444444', name: 'DREETS' },
  scopes: ['directory:read'],
  active: true,
  createdAt: '2025-03-01T09:30:00Z',
};

function page(items: unknown[]) {
  return { items, page: 0, size: 20, totalItems: items.length };
}

async function openEdit() {
  signIn();
  const rendered = renderRoute(<PartnerClientsRoute />, { path: '/admin/partner-clients' });
  await rendered.user.click(await screen.findByRole('button', { name: CLIENT.name }));
  const dialog = await screen.findByRole('dialog', { name: 'Modifier le client partenaire' });
  return {
    ...rendered,
    dialog,
    limit: within(dialog).getByRole('textbox', { name: /requêtes par minute/i }),
  };
}

describe('partner clients page', () => {
  it('sends_the_limit_of_requests_per_minute_an_admin_sets', async () => {
    const sent: unknown[] = [];
    mockFetch({
      'GET /api/v1/admin/partner-clients': () => jsonResponse(page([CLIENT])),
      [`PUT /api/v1/admin/partner-clients/${CLIENT.id}`]: async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        sent.push(body);
        return jsonResponse({ ...CLIENT, ...body });
      },
    });
    const { user, dialog, limit } = await openEdit();

    expect(limit).toHaveValue('');
    await user.type(limit, '1200');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Client « DREETS Île-de-France » modifié.')).toBeInTheDocument();
    expect(sent).toEqual([
      expect.objectContaining({ clientId: 'dreets-idf', requestsPerMinute: 1200 }),
    ]);
  });

  it('shows_the_servers_refusal_of_a_limit_on_the_field', async () => {
    mockFetch({
      'GET /api/v1/admin/partner-clients': () =>
        jsonResponse(page([{ ...CLIENT, requestsPerMinute: 600 }])),
      [`PUT /api/v1/admin/partner-clients/${CLIENT.id}`]: () =>
        problemResponse(400, {
          title: 'Données invalides',
          errors: [{ field: 'requestsPerMinute', message: 'au plus 100 000 requêtes par minute' }],
        }),
    });
    const { user, dialog, limit } = await openEdit();

    expect(limit).toHaveValue('600');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(
      await within(dialog).findByText('au plus 100 000 requêtes par minute'),
    ).toBeInTheDocument();
    expect(limit).toHaveAttribute('aria-invalid', 'true');
  });
});
