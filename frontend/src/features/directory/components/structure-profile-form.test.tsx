import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import type { StructureInput } from '../api/create-structure';
import { useDirectoryReferences } from '../hooks/use-directory-references';
import { JARDINS_DETAIL, REFERENCE_ROUTES } from '../testing/fixtures';
import { StructureProfileForm } from './structure-profile-form';

type Submit = (body: StructureInput) => void;

function Form({ onSubmit }: { onSubmit: Submit }) {
  const references = useDirectoryReferences();
  return (
    <StructureProfileForm
      structure={JARDINS_DETAIL}
      references={references}
      canManage
      submitLabel="Enregistrer le profil"
      submitting={false}
      onSubmit={(body) => onSubmit(body)}
    />
  );
}

function renderForm() {
  mockFetch(REFERENCE_ROUTES);
  signIn();
  const onSubmit = vi.fn<Submit>();
  const view = renderRoute(<Form onSubmit={onSubmit} />, { path: '/' });
  return { ...view, onSubmit };
}

// The whole profile form renders: slow in jsdom on a loaded machine.
describe('structure profile form', { timeout: 60_000 }, () => {
  it('refuses_a_negative_number_instead_of_dropping_the_minus', async () => {
    const { user, onSubmit } = renderForm();

    const fte = await screen.findByRole('textbox', { name: /^ETP en insertion/ });
    await user.clear(fte);
    await user.type(fte, '-40');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));

    expect(await screen.findByText('Saisissez un nombre positif.')).toBeInTheDocument();
    // Kept as typed, and nothing sent.
    expect(fte).toHaveValue('-40');
    expect(fte).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends_a_decimal_comma_as_a_decimal_and_refuses_it_in_a_whole_number', async () => {
    const { user, onSubmit } = renderForm();

    const fte = await screen.findByRole('textbox', { name: /^ETP en insertion/ });
    await user.clear(fte);
    await user.type(fte, '1,5');
    const headcount = screen.getByRole('textbox', { name: /^Effectif permanent/ });
    await user.type(headcount, '1,5');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));

    expect(await screen.findByText('Saisissez un nombre entier.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.clear(headcount);
    await user.type(headcount, '12');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));

    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      insertionFte: 1.5,
      permanentHeadcount: 12,
    });
  });

  it('sums_up_the_fields_to_correct_and_focuses_the_first_one', async () => {
    const { user, onSubmit } = renderForm();

    const name = await screen.findByRole('textbox', { name: /^Nom/ });
    await user.clear(name);
    const fte = screen.getByRole('textbox', { name: /^ETP en insertion/ });
    await user.clear(fte);
    await user.type(fte, 'beaucoup');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));

    const summary = await screen.findByRole('alert', { name: '2 champs à corriger' });
    expect(summary).toHaveTextContent('2 champs à corriger : Nom, ETP en insertion');
    expect(name).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();

    // Each name in the summary takes the person to its field.
    await user.click(within(summary).getByRole('link', { name: 'ETP en insertion' }));
    expect(fte).toHaveFocus();

    // Once every field is corrected, the summary goes.
    await user.type(name, 'Jardins');
    await user.clear(fte);
    expect(screen.queryByRole('alert', { name: /à corriger/ })).not.toBeInTheDocument();
  });
});
