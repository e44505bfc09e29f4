import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, type Handler } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import { SIAE_USER, inboxItem, inboxPage } from '../testing/fixtures';
import { OpportunitiesRoute } from './opportunities';

function renderInbox(handler: Handler, initialEntry = '/opportunites') {
  const mock = mockFetch({ 'GET /api/v1/solicitations': handler });
  signIn(SIAE_USER);
  const rendered = renderRoute(<OpportunitiesRoute />, {
    path: '/opportunites',
    initialEntry,
    routes: [{ path: '/ma-structure', element: <p>Ma structure</p> }],
  });
  return { ...rendered, ...mock };
}

const WAIT = { timeout: 5_000 };

describe('opportunities inbox', { timeout: 30_000 }, () => {
  it('marks_unread_opportunities_in_bold_with_a_new_badge_and_a_passed_deadline', async () => {
    renderInbox(() =>
      jsonResponse(
        inboxPage([
          inboxItem(),
          inboxItem({
            id: '11111111-0000-0000-0000-000000000001',
            title: 'Nettoyage des locaux de la mairie',
            unread: false,
            status: 'INTERESTED',
            deadlinePassed: true,
            responseDeadline: '2026-11-20',
          }),
        ]),
      ),
    );

    const unread = await screen.findByRole(
      'link',
      { name: /Entretien des espaces verts.*nouvelle, pas encore ouverte/ },
      WAIT,
    );
    expect(unread).toHaveAttribute('href', '/opportunites/88888888-8888-8888-8888-888888888888');
    expect(unread).toHaveStyle({ fontWeight: '700' });
    expect(screen.getByText('Nouveau')).toBeInTheDocument();

    const read = screen.getByRole('link', { name: 'Nettoyage des locaux de la mairie' });
    const row = read.closest('tr') ?? read.closest('li');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('Date limite passée')).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText('Intéressée')).toBeInTheDocument();
    expect(within(row as HTMLElement).queryByText('Nouveau')).not.toBeInTheDocument();
  });

  it('filters_by_status_in_french_and_sends_the_status_to_the_server', async () => {
    const { user, calls } = renderInbox(() => jsonResponse(inboxPage([inboxItem()])));
    await screen.findByText('Nouveau', {}, WAIT);

    await user.click(screen.getByRole('combobox', { name: 'Statut' }));
    await user.click(await screen.findByRole('option', { name: 'Déclinée' }));

    await screen.findByText('Nouveau', {}, WAIT);
    const statuses = calls.map((request) => new URL(request.url).searchParams.get('status'));
    expect(statuses).toContain('DECLINED');
  });

  it('says_what_to_do_when_there_is_no_opportunity_yet', async () => {
    renderInbox(() => jsonResponse(inboxPage([])));
    expect(await screen.findByText(/Aucune opportunité pour l’instant/, {}, WAIT)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Mettre à jour ma structure' })).toHaveAttribute(
      'href',
      '/ma-structure',
    );
  });

  it('offers_to_see_every_opportunity_when_a_status_has_none', async () => {
    const { user } = renderInbox(
      (request) =>
        jsonResponse(
          inboxPage(new URL(request.url).searchParams.get('status') ? [] : [inboxItem()]),
        ),
      '/opportunites?status=DECLINED',
    );
    expect(
      await screen.findByText('Aucune opportunité « Déclinée » pour l’instant.', {}, WAIT),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Voir toutes les opportunités' }));
    expect(await screen.findByText('Nouveau', {}, WAIT)).toBeInTheDocument();
  });

  it('offers_to_retry_when_the_inbox_cannot_be_loaded', async () => {
    let fail = true;
    const { user } = renderInbox(() =>
      fail
        ? problemResponse(500, { title: 'Erreur', correlationId: 'abc-123' })
        : jsonResponse(inboxPage([inboxItem()])),
    );
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('Impossible de charger la liste');
    expect(alert).toHaveTextContent('Erreur inattendue (référence abc-123).');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('Nouveau', {}, WAIT)).toBeInTheDocument();
  });
});
