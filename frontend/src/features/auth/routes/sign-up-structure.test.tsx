import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderRoute } from '@/testing/test-utils';
import { SignUpStructureRoute } from './sign-up-structure';

const SIRET = '44229377500031';
const LOOKUP = `GET /api/v1/structures/by-siret/${SIRET}`;
const KINDS = [
  { code: 'EI', label: 'Entreprise d’insertion', description: '' },
  { code: 'ACI', label: 'Atelier et chantier d’insertion', description: '' },
];
const ACCEPTED = {
  message: 'Si cette adresse peut être inscrite, un e-mail vient de lui être envoyé.',
};

function renderPage() {
  return renderRoute(<SignUpStructureRoute />, {
    path: '/inscription/structure',
    routes: [{ path: '/inscription/envoyee', element: <h1>Boîte mail de test</h1> }],
  });
}

type User = ReturnType<typeof renderPage>['user'];

/** Types a whole value at once (a paste): key by key is slow on a busy machine. */
async function fill(user: User, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function giveSiret(user: User, siret = '442 293 775 00031') {
  await fill(user, screen.getByLabelText(/siret de la structure/i), siret);
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
}

async function fillInPerson(user: User) {
  await fill(user, screen.getByLabelText(/nom et prénom/i), 'Sam Insertion');
  await fill(user, screen.getByLabelText(/adresse e-mail/i), 'sam@structure-exemple.fr');
  await fill(
    user,
    screen.getByLabelText(/^mot de passe/i, { selector: 'input' }),
    'un-mot-de-passe-solide',
  );
  await user.click(screen.getByRole('checkbox', { name: /j’accepte les conditions/i }));
}

describe('structure sign-up page', () => {
  it('asks_for_a_valid_siret_first', async () => {
    const { fetchMock } = mockFetch({});
    const { user } = renderPage();

    await giveSiret(user, '1234');

    expect(await screen.findByText('Le SIRET compte 14 chiffres.')).toBeInTheDocument();
    expect(screen.getByLabelText(/siret de la structure/i)).toHaveFocus();
    expect(screen.queryByLabelText(/nom et prénom/i)).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('claims_a_structure_found_in_the_directory_without_proposing_it', async () => {
    const { calls } = mockFetch({
      [LOOKUP]: () =>
        jsonResponse({ id: 'structure-1', siret: SIRET, name: 'Les Jardins d’Exemple' }),
      'POST /api/v1/sign-up/structure': () => jsonResponse(ACCEPTED, 202),
    });
    const { user } = renderPage();

    await giveSiret(user);
    expect(
      await screen.findByText('Structure trouvée : Les Jardins d’Exemple'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText(/nom de la structure/i)).not.toBeInTheDocument();
    await fillInPerson(user);
    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    expect(await screen.findByRole('heading', { name: 'Boîte mail de test' })).toBeInTheDocument();
    const signUp = calls.find((call) => call.method === 'POST');
    expect(await signUp?.json()).toEqual({
      siret: SIRET,
      email: 'sam@structure-exemple.fr',
      displayName: 'Sam Insertion',
      password: 'un-mot-de-passe-solide',
      acceptTerms: true,
    });
  });

  it('asks_for_the_proposal_when_the_siret_is_not_in_the_directory', async () => {
    const { calls } = mockFetch({
      [LOOKUP]: () => problemResponse(404, { title: 'Introuvable' }),
      'GET /api/v1/structure-kinds': () => jsonResponse(KINDS),
      'POST /api/v1/sign-up/structure': () => jsonResponse(ACCEPTED, 202),
    });
    const { user } = renderPage();

    await giveSiret(user);
    expect(await screen.findByText('Structure absente de l’annuaire')).toBeInTheDocument();
    await fillInPerson(user);
    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    expect(await screen.findByText('Indiquez le nom de la structure.')).toBeInTheDocument();
    expect(screen.getByLabelText(/nom de la structure/i)).toHaveFocus();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await fill(user, screen.getByLabelText(/nom de la structure/i), 'Recyclerie d’Exemple');
    await user.click(screen.getByRole('combobox', { name: /type de structure/i }));
    await user.click(await screen.findByRole('option', { name: 'Entreprise d’insertion' }));
    await fill(user, screen.getByRole('textbox', { name: 'Adresse' }), '3 rue de la Paix');
    await fill(user, screen.getByLabelText(/code postal/i), '93100');
    await fill(user, screen.getByLabelText(/commune/i), 'Montreuil');
    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    expect(await screen.findByRole('heading', { name: 'Boîte mail de test' })).toBeInTheDocument();
    const signUp = calls.find((call) => call.method === 'POST');
    expect(await signUp?.json()).toMatchObject({
      siret: SIRET,
      proposal: {
        name: 'Recyclerie d’Exemple',
        kind: 'EI',
        address: '3 rue de la Paix',
        postcode: '93100',
        city: 'Montreuil',
      },
    });
  });

  it('shows_a_siret_refused_by_the_server_on_the_siret_field', async () => {
    mockFetch({
      [LOOKUP]: () =>
        jsonResponse({ id: 'structure-1', siret: SIRET, name: 'Les Jardins d’Exemple' }),
      'POST /api/v1/sign-up/structure': () =>
        problemResponse(400, {
          type: 'https://relance-iae.fr/problems/validation',
          title: 'Données invalides',
          errors: [{ field: 'siret', message: 'Ce SIRET n’existe pas (clé de contrôle).' }],
        }),
    });
    const { user } = renderPage();

    await giveSiret(user);
    await screen.findByText('Structure trouvée : Les Jardins d’Exemple');
    await fillInPerson(user);
    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    expect(await screen.findByText('Ce SIRET n’existe pas (clé de contrôle).')).toBeInTheDocument();
    expect(screen.getByLabelText(/siret de la structure/i)).toHaveFocus();
  });

  it('hides_the_honeypot_from_people_and_assistive_technologies', async () => {
    mockFetch({
      [LOOKUP]: () =>
        jsonResponse({ id: 'structure-1', siret: SIRET, name: 'Les Jardins d’Exemple' }),
    });
    const { user } = renderPage();
    await giveSiret(user);
    await screen.findByText('Structure trouvée : Les Jardins d’Exemple');

    const trap = document.getElementById('website');
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.queryByRole('textbox', { name: /site web/i })).not.toBeInTheDocument();
  });
});
