import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import { MembersPanel } from './members-panel';

const STRUCTURE_ID = '55555555-5555-5555-5555-555555555555';
const MEMBERS_PATH = `/api/v1/structures/${STRUCTURE_ID}/members`;
const ACTIVE = {
  id: '66666666-6666-6666-6666-666666666666',
  email: 'claire@laverie.fr',
  displayName: 'Claire Martin',
  active: true,
  passwordSet: true,
};
const INVITED = {
  id: '77777777-7777-7777-7777-777777777777',
  email: 'paul@laverie.fr',
  displayName: 'Paul Durand',
  active: true,
  passwordSet: false,
};

function renderPanel(members: unknown[]) {
  let listed = members;
  const removed: string[] = [];
  const mock = mockFetch({
    [`GET ${MEMBERS_PATH}`]: () => jsonResponse(listed),
    [`DELETE ${MEMBERS_PATH}/${INVITED.id}`]: () => {
      removed.push(INVITED.id);
      listed = listed.filter((member) => member !== INVITED);
      return new Response(null, { status: 204 });
    },
    [`DELETE ${MEMBERS_PATH}/${ACTIVE.id}`]: () => {
      removed.push(ACTIVE.id);
      listed = listed.filter((member) => member !== ACTIVE);
      return new Response(null, { status: 204 });
    },
  });
  signIn();
  const rendered = renderRoute(<MembersPanel structureId={STRUCTURE_ID} />, { path: '/' });
  return { ...rendered, removed, ...mock };
}

/** The list loads through react-query: on a loaded machine that takes more than the default second. */
const WAIT = { timeout: 5_000 };

describe('members panel', { timeout: 15_000 }, () => {
  it('withdraws_an_invitation_only_after_confirming', async () => {
    const { user, removed } = renderPanel([ACTIVE, INVITED]);

    await user.click(
      await screen.findByRole('button', { name: 'Retirer l’invitation de paul@laverie.fr' }, WAIT),
    );
    let dialog = await screen.findByRole('dialog', { name: 'Retirer l’invitation ?' });
    expect(dialog).toHaveTextContent('Le lien envoyé à paul@laverie.fr ne fonctionnera plus.');
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(removed).toEqual([]);

    await user.click(
      await screen.findByRole('button', { name: 'Retirer l’invitation de paul@laverie.fr' }, WAIT),
    );
    dialog = await screen.findByRole('dialog', { name: 'Retirer l’invitation ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Retirer l’invitation' }));

    expect(
      await screen.findByText('Invitation de paul@laverie.fr retirée.', {}, WAIT),
    ).toBeInTheDocument();
    expect(removed).toEqual([INVITED.id]);
    expect(await screen.findAllByText('Claire Martin')).not.toHaveLength(0);
    await waitFor(() => expect(screen.queryByText('Paul Durand')).not.toBeInTheDocument(), WAIT);
  });

  it('removes_a_member_after_saying_nothing_is_deleted', async () => {
    const { user, removed } = renderPanel([ACTIVE]);

    await user.click(
      await screen.findByRole('button', { name: 'Retirer Claire Martin des membres' }, WAIT),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Retirer ce membre ?' });
    expect(dialog).toHaveTextContent('rien n’est supprimé');
    await user.click(within(dialog).getByRole('button', { name: 'Retirer le membre' }));

    expect(
      await screen.findByText('Claire Martin n’a plus accès à la fiche.', {}, WAIT),
    ).toBeInTheDocument();
    expect(removed).toEqual([ACTIVE.id]);
  });

  it('checks_that_an_email_domain_has_a_dot_before_sending', async () => {
    const { user, calls } = renderPanel([]);

    await user.click(await screen.findByRole('button', { name: 'Ajouter un membre' }, WAIT));
    const dialog = await screen.findByRole('dialog', { name: 'Ajouter un membre' });
    await user.type(within(dialog).getByLabelText(/adresse e-mail/i), 'paul@laverie');
    await user.type(within(dialog).getByLabelText(/nom et prénom/i), 'Paul Durand');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter' }));

    expect(
      await within(dialog).findByText(
        'Le domaine de l’adresse doit contenir un point (par exemple nom@exemple.fr).',
      ),
    ).toBeInTheDocument();
    expect(calls.filter((request) => request.method === 'POST')).toEqual([]);
  });
});
