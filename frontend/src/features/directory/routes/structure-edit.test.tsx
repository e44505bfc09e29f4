import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import type { StructureDetail } from '../api/get-structure';
import { JARDINS_DETAIL, REFERENCE_ROUTES } from '../testing/fixtures';
import { StructureEditRoute } from './structure-edit';

const STRUCTURE_PATH = `/api/v1/structures/${JARDINS_DETAIL.id}`;
const OFFER = JARDINS_DETAIL.offers[0];

function tagged(structure: StructureDetail): Response {
  const response = jsonResponse(structure);
  response.headers.set('ETag', `"${structure.version}"`);
  return response;
}

function renderEditor() {
  signIn();
  return renderRoute(<StructureEditRoute />, {
    path: '/annuaire/:id/modifier',
    initialEntry: `/annuaire/${JARDINS_DETAIL.id}/modifier`,
  });
}

const MEMBERS_ROUTE = {
  [`GET ${STRUCTURE_PATH}/members`]: () => jsonResponse([]),
};

// The whole profile form renders: slower than most pages in jsdom.
describe('structure editor', { timeout: 60_000 }, () => {
  it('saves_the_profile_with_the_etag_it_read', async () => {
    const sent: { ifMatch: string | null; body: Record<string, unknown> }[] = [];
    mockFetch({
      ...REFERENCE_ROUTES,
      ...MEMBERS_ROUTE,
      [`GET ${STRUCTURE_PATH}`]: () => tagged(JARDINS_DETAIL),
      [`PUT ${STRUCTURE_PATH}`]: async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        sent.push({ ifMatch: request.headers.get('If-Match'), body });
        return tagged({ ...JARDINS_DETAIL, name: String(body.name), version: 8 });
      },
    });
    const { user } = renderEditor();

    const name = await screen.findByRole('textbox', { name: /^Nom/ });
    await user.clear(name);
    await user.type(name, 'Jardins solidaires');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));

    expect(await screen.findByText('Profil enregistré.')).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.ifMatch).toBe('"7"');
    expect(sent[0]?.body).toMatchObject({
      siret: JARDINS_DETAIL.siret,
      name: 'Jardins solidaires',
      kind: 'ACI',
      contactName: 'Amina Diallo',
    });
  });

  it('offers_to_reload_when_someone_else_saved_first', async () => {
    let current: StructureDetail = JARDINS_DETAIL;
    mockFetch({
      ...REFERENCE_ROUTES,
      ...MEMBERS_ROUTE,
      [`GET ${STRUCTURE_PATH}`]: () => tagged(current),
      [`PUT ${STRUCTURE_PATH}`]: () => {
        // Someone else saved version 8 in between.
        current = { ...JARDINS_DETAIL, name: 'Nom changé ailleurs', version: 8 };
        return problemResponse(412, {
          type: 'https://relance-iae.fr/problems/precondition-failed',
          title: 'Precondition Failed',
        });
      },
    });
    const { user } = renderEditor();

    const name = await screen.findByRole('textbox', { name: /^Nom/ });
    await user.type(name, ' (modifié)');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));

    const message = await screen.findByText(/Quelqu’un d’autre a modifié cette fiche entre-temps/);
    const alert = message.closest<HTMLElement>('[role="alert"]');
    expect(alert).not.toBeNull();
    if (!alert) return;
    await user.click(within(alert).getByRole('button', { name: 'Recharger la fiche' }));

    expect(await screen.findByDisplayValue('Nom changé ailleurs')).toBeInTheDocument();
    expect(screen.queryByText(/Quelqu’un d’autre a modifié/)).not.toBeInTheDocument();
  });

  it('shows_the_api_field_errors_next_to_their_inputs', async () => {
    mockFetch({
      ...REFERENCE_ROUTES,
      ...MEMBERS_ROUTE,
      [`GET ${STRUCTURE_PATH}`]: () => tagged(JARDINS_DETAIL),
      [`PUT ${STRUCTURE_PATH}`]: () =>
        problemResponse(400, {
          type: 'https://relance-iae.fr/problems/validation',
          title: 'Bad Request',
          // The website comes after the NAF code in the form.
          errors: [
            { field: 'website', message: 'Adresse de site web invalide.' },
            { field: 'naf', message: 'Code NAF invalide : 4 chiffres puis une lettre.' },
          ],
        }),
    });
    const { user } = renderEditor();

    await user.type(await screen.findByRole('textbox', { name: 'Code NAF' }), '12');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));

    expect(
      await screen.findByText('Code NAF invalide : 4 chiffres puis une lettre.'),
    ).toBeInTheDocument();
    const naf = screen.getByRole('textbox', { name: 'Code NAF' });
    expect(naf).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Site web' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    // The first invalid field in the form's order, not in the server's.
    expect(naf).toHaveFocus();
  });

  it('focuses_the_first_profile_field_the_validation_refused', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      ...MEMBERS_ROUTE,
      [`GET ${STRUCTURE_PATH}`]: () => tagged(JARDINS_DETAIL),
    });
    const { user } = renderEditor();

    const siret = await screen.findByRole('textbox', { name: /^SIRET/ });
    await user.clear(siret);
    await user.type(siret, '123');
    const email = screen.getByRole('textbox', { name: 'E-mail' });
    await user.clear(email);
    await user.type(email, 'pas-une-adresse');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));

    expect(await screen.findByText('Le SIRET compte 14 chiffres.')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(siret).toHaveFocus();
    expect(calls.some((request) => request.method === 'PUT')).toBe(false);
  });

  it('focuses_the_types_of_an_activity_when_none_is_checked', async () => {
    mockFetch({
      ...REFERENCE_ROUTES,
      ...MEMBERS_ROUTE,
      [`GET ${STRUCTURE_PATH}`]: () => tagged(JARDINS_DETAIL),
    });
    const { user } = renderEditor();

    await user.click(await screen.findByRole('button', { name: 'Ajouter une activité' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle activité' });
    await user.click(within(dialog).getByRole('combobox', { name: /^Secteur/ }));
    await user.click(await screen.findByRole('option', { name: 'Agriculture' }));
    const service = within(dialog).getByRole('checkbox', { name: 'Prestation de service' });
    await user.click(service);
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter l’activité' }));

    expect(
      await within(dialog).findByText('Choisissez au moins un type de prestation.'),
    ).toBeInTheDocument();
    expect(service).toHaveFocus();
  });

  it('sends_the_offer_etag_and_offers_to_reload_on_a_stale_offer', async () => {
    const ifMatches: (string | null)[] = [];
    mockFetch({
      ...REFERENCE_ROUTES,
      ...MEMBERS_ROUTE,
      [`GET ${STRUCTURE_PATH}`]: () => tagged(JARDINS_DETAIL),
      [`PUT /api/v1/offers/${OFFER?.id ?? ''}`]: (request) => {
        ifMatches.push(request.headers.get('If-Match'));
        return problemResponse(412, { title: 'Precondition Failed' });
      },
    });
    const { user } = renderEditor();

    await user.click(
      await screen.findByRole('button', { name: `Modifier : offre ${OFFER?.title ?? ''}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Modifier l’offre' });
    const title = within(dialog).getByRole('textbox', { name: /^Intitulé/ });
    await user.clear(title);
    await user.type(title, 'Panier de saison');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Quelqu’un d’autre a modifié cette fiche entre-temps',
    );
    expect(ifMatches).toEqual(['"3"']);
    expect(within(dialog).getByRole('button', { name: 'Recharger la fiche' })).toBeInTheDocument();
  });

  it('sends_a_price_typed_with_a_comma_and_refuses_a_decimal_capacity', async () => {
    const sent: Record<string, unknown>[] = [];
    mockFetch({
      ...REFERENCE_ROUTES,
      ...MEMBERS_ROUTE,
      [`GET ${STRUCTURE_PATH}`]: () => tagged(JARDINS_DETAIL),
      [`PUT /api/v1/offers/${OFFER?.id ?? ''}`]: async (request) => {
        sent.push((await request.json()) as Record<string, unknown>);
        return jsonResponse({ ...OFFER, version: 4 });
      },
    });
    const { user } = renderEditor();

    await user.click(
      await screen.findByRole('button', { name: `Modifier : offre ${OFFER?.title ?? ''}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Modifier l’offre' });
    const minimum = within(dialog).getByRole('textbox', { name: /^Prix indicatif minimum/ });
    await user.clear(minimum);
    await user.type(minimum, '12,5');
    const capacity = within(dialog).getByRole('textbox', { name: /^Capacité mensuelle/ });
    await user.clear(capacity);
    await user.type(capacity, '1,5');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(await within(dialog).findByText('Saisissez un nombre entier.')).toBeInTheDocument();
    expect(within(dialog).getByRole('alert', { name: '1 champ à corriger' })).toHaveTextContent(
      '1 champ à corriger : Capacité mensuelle (unités)',
    );
    expect(capacity).toHaveFocus();
    expect(sent).toEqual([]);

    await user.clear(capacity);
    await user.type(capacity, '300');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText(/Offre « .* » modifiée\./)).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ priceMin: 12.5, priceMax: 20, monthlyCapacity: 300 });
  });

  it('refuses_a_negative_radius_without_sending_the_activity', async () => {
    const { calls } = mockFetch({
      ...REFERENCE_ROUTES,
      ...MEMBERS_ROUTE,
      [`GET ${STRUCTURE_PATH}`]: () => tagged(JARDINS_DETAIL),
    });
    const { user } = renderEditor();

    await user.click(await screen.findByRole('button', { name: 'Ajouter une activité' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle activité' });
    await user.click(within(dialog).getByRole('combobox', { name: /^Secteur/ }));
    await user.click(await screen.findByRole('option', { name: 'Agriculture' }));
    await user.click(
      within(dialog).getByRole('radio', { name: 'Un rayon autour de la structure' }),
    );
    const radius = within(dialog).getByRole('textbox', { name: /^Rayon/ });
    await user.type(radius, '-40');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter l’activité' }));

    expect(await within(dialog).findByText('Saisissez un nombre positif.')).toBeInTheDocument();
    expect(radius).toHaveValue('-40');
    expect(radius).toHaveFocus();
    expect(calls.some((request) => request.method === 'POST')).toBe(false);
  });
});
