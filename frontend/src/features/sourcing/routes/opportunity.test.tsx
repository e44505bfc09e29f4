import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import type { SolicitationAnswerInput } from '../api/answer-my-solicitation';
import type { SolicitationDetail } from '../api/get-my-solicitation';
import {
  DETAIL,
  KIND_ROUTES,
  PARTNER,
  SIAE_USER,
  SOLICITATION_ID,
  structureSearchPage,
} from '../testing/fixtures';
import { OpportunityRoute } from './opportunity';

const DETAIL_PATH = `/api/v1/solicitations/${SOLICITATION_ID}`;
const ANSWER_PATH = `${DETAIL_PATH}/answer`;

function renderOpportunity(detail: SolicitationDetail = DETAIL) {
  let current = detail;
  const answers: unknown[] = [];
  const mock = mockFetch({
    ...KIND_ROUTES,
    [`GET ${DETAIL_PATH}`]: () => jsonResponse(current),
    [`PUT ${ANSWER_PATH}`]: async (request) => {
      const body = (await request.json()) as SolicitationAnswerInput;
      answers.push(body);
      current = {
        ...current,
        status: body.decision,
        answer: {
          ...body,
          partnerStructureIds: body.partnerStructureIds ?? [],
          partnerStructureNames: (body.partnerStructureIds ?? []).map(() => 'Envie 93'),
        },
      };
      return jsonResponse(current);
    },
    'GET /api/v1/structures': () => jsonResponse(structureSearchPage([PARTNER])),
  });
  signIn(SIAE_USER);
  const rendered = renderRoute(<OpportunityRoute />, {
    path: '/opportunites/:id',
    initialEntry: `/opportunites/${SOLICITATION_ID}`,
  });
  return { ...rendered, answers, ...mock };
}

const WAIT = { timeout: 5_000 };

describe('opportunity page and answer form', { timeout: 60_000 }, () => {
  it('shows_the_request_with_its_amounts_in_euros_and_its_attachments', async () => {
    renderOpportunity();
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Entretien des espaces verts du parc départemental' },
        WAIT,
      ),
    ).toBeInTheDocument();
    const request = screen.getByRole('region', { name: 'Le besoin' });
    expect(request).toHaveTextContent('Ville de Montreuil');
    expect(request).toHaveTextContent(/20\s000\s€ à 45\s000\s€/);
    expect(request).toHaveTextContent('20/12/2026');
    expect(
      within(request).getByRole('button', { name: /Télécharger cahier-des-charges\.pdf/ }),
    ).toBeInTheDocument();
  });

  it('sends_an_interested_answer_with_its_quote_and_a_partner', async () => {
    const { user, answers } = renderOpportunity();
    await user.click(await screen.findByRole('radio', { name: 'Je suis intéressé' }, WAIT));
    await user.type(screen.getByRole('textbox', { name: /Message à l’acheteur/ }), 'Équipe prête.');
    await user.type(screen.getByRole('textbox', { name: /Montant de votre devis/ }), '12 500,50');
    await user.type(screen.getByRole('textbox', { name: /Capacité mensuelle/ }), '400 heures');
    await user.type(screen.getByRole('combobox', { name: /Structures partenaires/ }), 'Envie');
    await user.click(await screen.findByRole('option', { name: /Envie 93/ }, WAIT));
    expect(screen.getByRole('list', { name: 'Structures partenaires choisies' })).toHaveTextContent(
      'Envie 93',
    );

    await user.click(screen.getByRole('button', { name: 'Envoyer ma réponse' }));

    expect(await screen.findByText('Réponse envoyée', {}, WAIT)).toBeInTheDocument();
    expect(answers).toEqual([
      {
        decision: 'INTERESTED',
        message: 'Équipe prête.',
        quoteAmount: 12500.5,
        monthlyCapacity: '400 heures',
        partnerStructureIds: [PARTNER.id],
      },
    ]);
    expect(screen.getByRole('button', { name: 'Modifier ma réponse' })).toBeInTheDocument();
  });

  it('sends_a_declined_answer_with_its_reason_only', async () => {
    const { user, answers } = renderOpportunity();
    await user.click(await screen.findByRole('radio', { name: 'Je décline' }, WAIT));
    await user.type(
      screen.getByRole('textbox', { name: /Pourquoi déclinez-vous/ }),
      'Hors de notre zone.',
    );
    await user.click(screen.getByRole('button', { name: 'Envoyer ma réponse' }));

    expect(await screen.findByText('Réponse envoyée', {}, WAIT)).toBeInTheDocument();
    expect(answers).toEqual([{ decision: 'DECLINED', declineReason: 'Hors de notre zone.' }]);
  });

  it('asks_for_a_decision_and_focuses_it_before_sending_anything', async () => {
    const { user, calls } = renderOpportunity();
    await user.click(await screen.findByRole('button', { name: 'Envoyer ma réponse' }, WAIT));

    const summary = await screen.findByRole('alert', { name: '1 champ à corriger' });
    expect(summary).toHaveTextContent('Ce besoin vous intéresse-t-il ?');
    expect(
      screen.getByText('Choisissez « Je suis intéressé » ou « Je décline ».'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: 'Je suis intéressé' })).toHaveFocus(),
    );
    expect(calls.filter((request) => request.method === 'PUT')).toEqual([]);
  });

  it('refuses_a_wrong_quote_without_rewriting_it_and_focuses_the_first_invalid_field', async () => {
    const { user, calls } = renderOpportunity();
    await user.click(await screen.findByRole('radio', { name: 'Je suis intéressé' }, WAIT));
    const quote = screen.getByRole('textbox', { name: /Montant de votre devis/ });
    await user.type(quote, '-40');
    await user.click(screen.getByRole('button', { name: 'Envoyer ma réponse' }));

    const summary = await screen.findByRole('alert', { name: '2 champs à corriger' });
    expect(summary).toHaveTextContent(/Message à l’acheteur.*Montant de votre devis/);
    expect(screen.getByText('Saisissez un nombre positif.')).toBeInTheDocument();
    expect(quote).toHaveValue('-40');
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /Message à l’acheteur/ })).toHaveFocus(),
    );
    expect(calls.filter((request) => request.method === 'PUT')).toEqual([]);
  });

  it('puts_the_servers_field_errors_next_to_their_fields', async () => {
    const { user } = renderOpportunity();
    mockFetch({
      ...KIND_ROUTES,
      [`GET ${DETAIL_PATH}`]: () => jsonResponse(DETAIL),
      [`PUT ${ANSWER_PATH}`]: () =>
        problemResponse(400, {
          type: 'https://relance-iae.fr/problems/validation',
          title: 'Requête invalide',
          errors: [{ field: 'monthlyCapacity', message: 'Au plus 300 caractères.' }],
        }),
    });
    await user.click(await screen.findByRole('radio', { name: 'Je suis intéressé' }, WAIT));
    await user.type(screen.getByRole('textbox', { name: /Message à l’acheteur/ }), 'Oui.');
    await user.type(screen.getByRole('textbox', { name: /Capacité mensuelle/ }), 'beaucoup');
    await user.click(screen.getByRole('button', { name: 'Envoyer ma réponse' }));

    expect(await screen.findByText('Au plus 300 caractères.', {}, WAIT)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /Capacité mensuelle/ })).toHaveFocus(),
    );
  });

  it('shows_the_answer_read_only_once_the_deadline_is_past', async () => {
    renderOpportunity({
      ...DETAIL,
      status: 'INTERESTED',
      canAnswer: false,
      deadlinePassed: true,
      answer: {
        decision: 'INTERESTED',
        message: 'Équipe disponible dès janvier.',
        quoteAmount: 18000,
        partnerStructureIds: [],
        partnerStructureNames: [],
      },
    });
    expect(
      await screen.findByText(/La date limite de réponse \(20\/12\/2026\) est passée/, {}, WAIT),
    ).toBeInTheDocument();
    expect(screen.getByText(/Équipe disponible dès janvier\./)).toBeInTheDocument();
    expect(screen.getByText(/18\s000\s€/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /réponse/ })).not.toBeInTheDocument();
  });

  it('says_where_to_find_ones_opportunities_when_this_one_is_not_found', async () => {
    mockFetch({
      ...KIND_ROUTES,
      [`GET ${DETAIL_PATH}`]: () => problemResponse(404, { title: 'Introuvable' }),
    });
    signIn(SIAE_USER);
    renderRoute(<OpportunityRoute />, {
      path: '/opportunites/:id',
      initialEntry: `/opportunites/${SOLICITATION_ID}`,
    });
    expect(await screen.findByText(/ne concerne pas vos structures/, {}, WAIT)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Toutes les opportunités' })).toHaveAttribute(
      'href',
      '/opportunites',
    );
  });
});
