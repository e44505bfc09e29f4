import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderRoute } from '@/testing/test-utils';
import { SignUpBuyerRoute } from './sign-up-buyer';

const ACCEPTED = {
  message: 'Si cette adresse peut être inscrite, un e-mail vient de lui être envoyé.',
};

function renderPage() {
  return renderRoute(<SignUpBuyerRoute />, {
    path: '/inscription/acheteur',
    routes: [{ path: '/inscription/envoyee', element: <h1>Boîte mail de test</h1> }],
  });
}

type User = ReturnType<typeof renderPage>['user'];

/** Types a whole value at once (a paste): key by key is slow on a busy machine. */
async function fill(user: User, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function fillIn(user: User, password = 'un-mot-de-passe-solide') {
  await fill(user, screen.getByLabelText(/nom et prénom/i), 'Camille Achat');
  await fill(user, screen.getByLabelText(/adresse e-mail/i), ' camille@ville-exemple.fr ');
  await fill(user, screen.getByLabelText(/^mot de passe/i, { selector: 'input' }), password);
  await fill(user, screen.getByLabelText(/nom de l’organisation/i), 'Ville d’Exemple');
  await user.click(screen.getByRole('radio', { name: /acheteur public/i }));
  await fill(user, screen.getByLabelText(/siret/i), '213 500 000 00010');
  await user.click(screen.getByRole('checkbox', { name: /j’accepte les conditions/i }));
}

describe('buyer sign-up page', () => {
  it('refuses_an_incomplete_form_without_calling_the_server_and_focuses_the_first_field', async () => {
    const { fetchMock } = mockFetch({});
    const { user } = renderPage();

    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    expect(await screen.findByText('Indiquez votre nom.')).toBeInTheDocument();
    expect(screen.getByText('Choisissez le type de votre organisation.')).toBeInTheDocument();
    expect(
      screen.getByText(/Acceptez les conditions d’utilisation et la politique/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/nom et prénom/i)).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('states_the_password_rule_before_anything_is_typed', () => {
    mockFetch({});
    renderPage();
    expect(
      screen.getByText(/Au moins 10 caractères\. Évitez les mots de passe courants/),
    ).toBeVisible();
  });

  it('sends_the_sign_up_and_goes_to_the_check_your_mail_page', async () => {
    const { calls } = mockFetch({
      'POST /api/v1/sign-up/buyer': () => jsonResponse(ACCEPTED, 202),
    });
    const { user, router } = renderPage();

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    expect(await screen.findByRole('heading', { name: 'Boîte mail de test' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?adresse=camille%40ville-exemple.fr');
    expect(await calls[0]?.json()).toEqual({
      email: 'camille@ville-exemple.fr',
      displayName: 'Camille Achat',
      password: 'un-mot-de-passe-solide',
      organisation: { name: 'Ville d’Exemple', kind: 'PUBLIC_BUYER', siret: '21350000000010' },
      acceptTerms: true,
    });
  });

  it('shows_each_field_refused_by_the_server_next_to_it_and_focuses_the_first', async () => {
    mockFetch({
      'POST /api/v1/sign-up/buyer': () =>
        problemResponse(400, {
          type: 'https://relance-iae.fr/problems/validation',
          title: 'Données invalides',
          errors: [
            {
              field: 'password',
              message: 'Ce mot de passe est trop courant : choisissez-en un autre.',
            },
            { field: 'organisation.siret', message: 'Ce SIRET n’existe pas (clé de contrôle).' },
          ],
        }),
    });
    const { user } = renderPage();

    await fillIn(user, 'motdepasse');
    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    expect(
      await screen.findByText('Ce mot de passe est trop courant : choisissez-en un autre.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Ce SIRET n’existe pas (clé de contrôle).')).toBeInTheDocument();
    expect(screen.getByLabelText(/^mot de passe/i, { selector: 'input' })).toHaveFocus();
    expect(screen.getByRole('alert', { name: '2 champs à corriger' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Créer un compte acheteur' })).toBeInTheDocument();
  });

  it('hides_the_honeypot_from_people_and_assistive_technologies', () => {
    mockFetch({});
    renderPage();

    const trap = document.getElementById('website');
    expect(trap).not.toBeNull();
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap).toHaveAttribute('autocomplete', 'off');
    expect(trap?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.queryByRole('textbox', { name: /site web/i })).not.toBeInTheDocument();
  });

  it('links_the_terms_and_the_privacy_notice_from_the_consent', () => {
    mockFetch({});
    renderPage();

    expect(screen.getByRole('link', { name: 'conditions d’utilisation' })).toHaveAttribute(
      'href',
      '/conditions-utilisation',
    );
    expect(screen.getByRole('link', { name: 'politique de confidentialité' })).toHaveAttribute(
      'href',
      '/confidentialite',
    );
  });
});
