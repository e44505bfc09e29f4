import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderRoute } from '@/testing/test-utils';
import { SignUpSentRoute } from './sign-up-sent';
import { SignUpVerificationRoute } from './sign-up-verification';
import { StructureClaimConfirmationRoute } from './structure-claim-confirmation';

const INVALID_TOKEN = {
  type: 'https://relance-iae.fr/problems/invalid-token',
  title: 'Lien invalide',
};

describe('check-your-mail page', () => {
  it('names_the_address_and_sends_the_link_again', async () => {
    const { calls } = mockFetch({
      'POST /api/v1/sign-up/verification/resend': () =>
        jsonResponse({ message: 'Un nouveau lien a été envoyé.' }, 202),
    });
    const { user } = renderRoute(<SignUpSentRoute />, {
      path: '/inscription/envoyee',
      initialEntry: '/inscription/envoyee?adresse=camille%40ville-exemple.fr',
    });

    expect(screen.getByText('camille@ville-exemple.fr')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Renvoyer le lien' }));

    expect(await screen.findByText(/un nouveau lien vient de lui être envoyé/)).toBeInTheDocument();
    expect(await calls[0]?.json()).toEqual({ email: 'camille@ville-exemple.fr' });
  });

  it('asks_for_the_address_when_it_is_not_known', async () => {
    const { fetchMock } = mockFetch({});
    const { user } = renderRoute(<SignUpSentRoute />, { path: '/inscription/envoyee' });

    await user.click(screen.getByRole('button', { name: 'Renvoyer le lien' }));

    expect(await screen.findByText('Saisissez une adresse e-mail valide.')).toBeInTheDocument();
    expect(screen.getByLabelText(/adresse e-mail/i)).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('verification page', () => {
  it('verifies_the_address_once_as_it_opens_then_offers_to_log_in', async () => {
    const { calls } = mockFetch({
      'POST /api/v1/sign-up/verification': () =>
        jsonResponse({ email: 'camille@ville-exemple.fr', nextStep: 'LOG_IN' }),
    });
    const { user } = renderRoute(<SignUpVerificationRoute />, {
      path: '/inscription/verification',
      initialEntry: '/inscription/verification?jeton=bon-jeton',
      routes: [{ path: '/connexion', element: <h1>Connexion de test</h1> }],
    });

    expect(
      await screen.findByText(/Votre adresse camille@ville-exemple.fr est confirmée/),
    ).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    expect(await calls[0]?.json()).toEqual({ token: 'bon-jeton' });

    await user.click(screen.getByRole('link', { name: 'Se connecter' }));
    expect(await screen.findByRole('heading', { name: 'Connexion de test' })).toBeInTheDocument();
  });

  it('says_the_claim_still_waits_when_the_structure_is_not_attached_yet', async () => {
    mockFetch({
      'POST /api/v1/sign-up/verification': () =>
        jsonResponse({ email: 'sam@structure-exemple.fr', nextStep: 'LOG_IN_CLAIM_PENDING' }),
    });
    renderRoute(<SignUpVerificationRoute />, {
      path: '/inscription/verification',
      initialEntry: '/inscription/verification?jeton=bon-jeton',
    });

    expect(
      await screen.findByText(/Votre rattachement à la structure n’est pas encore confirmé/),
    ).toBeInTheDocument();
  });

  it('offers_a_new_link_when_the_link_is_refused', async () => {
    mockFetch({
      'POST /api/v1/sign-up/verification': () => problemResponse(400, INVALID_TOKEN),
    });
    renderRoute(<SignUpVerificationRoute />, {
      path: '/inscription/verification',
      initialEntry: '/inscription/verification?jeton=lien-mort',
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Ce lien n’est plus valide');
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' })).toHaveAttribute(
      'href',
      '/inscription/envoyee',
    );
  });

  it('needs_no_server_to_refuse_a_link_without_token', () => {
    const { fetchMock } = mockFetch({});
    renderRoute(<SignUpVerificationRoute />, { path: '/inscription/verification' });

    expect(screen.getByRole('alert')).toHaveTextContent('Ce lien n’est plus valide');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('structure claim confirmation page', () => {
  it('confirms_the_claim_and_names_the_structure', async () => {
    const { calls } = mockFetch({
      'POST /api/v1/structure-claims/confirmation': () =>
        jsonResponse({ structureId: 'structure-1', structureName: 'Les Jardins d’Exemple' }),
    });
    renderRoute(<StructureClaimConfirmationRoute />, {
      path: '/rattachement/confirmation',
      initialEntry: '/rattachement/confirmation?jeton=jeton-structure',
    });

    expect(
      await screen.findByText(/tenir à jour la fiche de Les Jardins d’Exemple/),
    ).toBeInTheDocument();
    expect(await calls[0]?.json()).toEqual({ token: 'jeton-structure' });
    expect(
      screen.getByRole('link', { name: 'Voir la fiche de Les Jardins d’Exemple' }),
    ).toHaveAttribute('href', '/annuaire/structure-1');
  });

  it('says_an_expired_link_no_longer_works', async () => {
    mockFetch({
      'POST /api/v1/structure-claims/confirmation': () => problemResponse(400, INVALID_TOKEN),
    });
    renderRoute(<StructureClaimConfirmationRoute />, {
      path: '/rattachement/confirmation',
      initialEntry: '/rattachement/confirmation?jeton=vieux',
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Ce lien n’est plus valide');
  });
});
