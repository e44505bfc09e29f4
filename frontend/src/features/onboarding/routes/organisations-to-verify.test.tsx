import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { ADMIN_USER, renderRoute, signIn } from '@/testing/test-utils';
import {
  OnboardingToolsProvider,
  type OrganisationFieldProps,
} from '../components/onboarding-tools';
import { OrganisationsToVerifyRoute } from './organisations-to-verify';

const LIST = 'GET /api/v1/organisations/to-verify';
const NEW_ORGANISATION = {
  id: 'org-new',
  name: 'Mairie de Exemple',
  kind: 'PUBLIC_BUYER',
  siret: null,
  verified: false,
  createdAt: '2026-12-01T09:30:00Z',
  userCount: 1,
  requestCount: 2,
};

function page(items: unknown[]) {
  return { items, page: 0, size: 20, totalItems: items.length };
}

/** The app gives sourcing's picker; a plain select stands for it here. */
function OrganisationField({ value, onChange, error }: OrganisationFieldProps) {
  return (
    <div>
      <label htmlFor="target">Organisation acheteuse</label>
      <select
        id="target"
        value={value ?? ''}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.currentTarget.value || null)}
      >
        <option value="">Choisir</option>
        <option value="org-old">Ville d’Exemple</option>
      </select>
      {error && <p>{error}</p>}
    </div>
  );
}

function renderPage() {
  signIn({ ...ADMIN_USER, role: 'facilitator' });
  return renderRoute(
    <OnboardingToolsProvider value={{ OrganisationField }}>
      <OrganisationsToVerifyRoute />
    </OnboardingToolsProvider>,
    { path: '/animation/organisations-a-verifier' },
  );
}

describe('organisations to verify', () => {
  it('lists_the_organisations_created_by_sign_up_with_their_accounts_and_requests', async () => {
    mockFetch({ [LIST]: () => jsonResponse(page([NEW_ORGANISATION])) });
    renderPage();

    expect(await screen.findByText('Mairie de Exemple')).toBeInTheDocument();
    expect(screen.getByText('1 compte, 2 besoins')).toBeInTheDocument();
    expect(screen.getByText('Acheteur public')).toBeInTheDocument();
    expect(screen.getByText('Non renseigné')).toBeInTheDocument();
  });

  it('says_what_comes_here_when_nothing_waits', async () => {
    mockFetch({ [LIST]: () => jsonResponse(page([])) });
    renderPage();

    expect(await screen.findByText(/Aucune organisation à vérifier/)).toBeInTheDocument();
  });

  it('confirms_an_organisation_and_reads_the_queue_again', async () => {
    let verified = false;
    const { calls } = mockFetch({
      [LIST]: () => jsonResponse(page(verified ? [] : [NEW_ORGANISATION])),
      'POST /api/v1/organisations/org-new/verification': () => {
        verified = true;
        return jsonResponse({ ...NEW_ORGANISATION, verified: true });
      },
    });
    const { user } = renderPage();

    await user.click(
      await screen.findByRole('button', { name: 'Confirmer « Mairie de Exemple »' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Confirmer l’organisation' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirmer' }));

    expect(await screen.findByText(/Aucune organisation à vérifier/)).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1);
  });

  it('suggests_a_merge_when_a_verified_organisation_has_the_same_name', async () => {
    mockFetch({
      [LIST]: () => jsonResponse(page([NEW_ORGANISATION])),
      'POST /api/v1/organisations/org-new/verification': () =>
        problemResponse(409, {
          type: 'https://relance-iae.fr/problems/conflict',
          title: 'Conflit',
          errors: [{ field: 'name', message: 'Une organisation vérifiée porte déjà ce nom.' }],
        }),
    });
    const { user } = renderPage();

    await user.click(
      await screen.findByRole('button', { name: 'Confirmer « Mairie de Exemple »' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Confirmer l’organisation' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirmer' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Une organisation vérifiée porte déjà ce nom. Fusionnez plutôt cette organisation',
    );
  });

  it('merges_into_the_chosen_organisation_after_asking_for_one', async () => {
    let merged = false;
    const { calls } = mockFetch({
      [LIST]: () => jsonResponse(page(merged ? [] : [NEW_ORGANISATION])),
      'POST /api/v1/organisations/org-new/merge': () => {
        merged = true;
        return jsonResponse({ id: 'org-old', name: 'Ville d’Exemple' });
      },
    });
    const { user } = renderPage();

    await user.click(
      await screen.findByRole('button', {
        name: 'Fusionner « Mairie de Exemple » dans une autre organisation',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Fusionner « Mairie de Exemple »' });
    expect(
      within(dialog).getByText(/1 compte et 2 besoins de « Mairie de Exemple »/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Fusionner' }));

    expect(
      await within(dialog).findByText('Choisissez l’organisation dans laquelle fusionner.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Organisation acheteuse')).toHaveFocus();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await user.selectOptions(within(dialog).getByLabelText('Organisation acheteuse'), 'org-old');
    await user.click(within(dialog).getByRole('button', { name: 'Fusionner' }));

    expect(await screen.findByText(/Aucune organisation à vérifier/)).toBeInTheDocument();
    const merge = calls.find((call) => call.method === 'POST');
    expect(await merge?.json()).toEqual({ targetOrganisationId: 'org-old' });
  });
});
