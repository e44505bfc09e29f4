import { afterEach, describe, expect, it } from 'vitest';
import { focusFirstInvalid } from './focus-first-invalid';

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
});
