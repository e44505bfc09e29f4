import { afterEach, describe, expect, it } from 'vitest';
import { focusFirstInvalid, invalidFields } from './focus-first-invalid';

function form(html: string): HTMLFormElement {
  const element = document.createElement('form');
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

describe('focusFirstInvalid', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('focuses_the_first_invalid_field_in_the_order_of_the_form', () => {
    const root = form(`
      <input id="valid" />
      <input id="first" aria-invalid="true" />
      <input id="second" aria-invalid="true" />
    `);

    expect(focusFirstInvalid(root)).toBe(true);
    expect(document.activeElement?.id).toBe('first');
  });

  it('skips_disabled_fields_and_finds_password_inputs', () => {
    const root = form(`
      <input id="disabled" aria-invalid="true" disabled />
      <input id="password" type="password" data-invalid="true" />
    `);

    focusFirstInvalid(root);

    expect(document.activeElement?.id).toBe('password');
  });

  it('focuses_the_checked_or_first_option_of_a_group_in_error', () => {
    const root = form(`
      <div data-error="true"><div role="group">
        <input id="a" type="checkbox" /><input id="b" type="checkbox" />
      </div></div>
      <div data-error="true"><div role="radiogroup">
        <input id="c" type="radio" name="r" /><input id="d" type="radio" name="r" checked />
      </div></div>
    `);

    focusFirstInvalid(root);
    expect(document.activeElement?.id).toBe('a');
    root.querySelector('[role="group"]')?.parentElement?.removeAttribute('data-error');
    focusFirstInvalid(root);
    expect(document.activeElement?.id).toBe('d');
  });

  it('leaves_the_focus_alone_without_an_invalid_field', () => {
    const root = form('<input id="valid" /><button id="save">Enregistrer</button>');
    root.querySelector<HTMLButtonElement>('#save')?.focus();

    expect(focusFirstInvalid(root)).toBe(false);
    expect(focusFirstInvalid(null)).toBe(false);
    expect(document.activeElement?.id).toBe('save');
  });

  it('names_each_invalid_field_once_by_its_label_without_the_asterisk', () => {
    const root = form(`
      <label for="name">Nom<span aria-hidden="true"> *</span></label>
      <input id="name" aria-invalid="true" />
      <label for="pwd">Mot de passe</label>
      <input id="pwd" type="password" aria-invalid="true" data-invalid="true" />
      <div data-error="true">
        <div id="types-label">Types de prestation<span aria-hidden="true"> *</span></div>
        <div role="group" aria-labelledby="types-label"><input id="t" type="checkbox" /></div>
      </div>
      <input id="bare" aria-label="Rayon" aria-invalid="true" />
    `);

    expect(invalidFields(root).map(({ label, target }) => [label, target.id])).toEqual([
      ['Nom', 'name'],
      ['Mot de passe', 'pwd'],
      ['Types de prestation', 't'],
      ['Rayon', 'bare'],
    ]);
    expect(invalidFields(null)).toEqual([]);
  });
});
