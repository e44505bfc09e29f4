/**
 * What Mantine marks as invalid: inputs with an error carry aria-invalid
 * (PasswordInput only data-invalid), and a Checkbox.Group or Radio.Group in
 * error is a group inside a wrapper marked data-error.
 */
const INVALID_FIELDS = [
  '[aria-invalid="true"]',
  'input[data-invalid]',
  '[data-error] > [role="group"]',
  '[data-error] > [role="radiogroup"]',
].join(', ');

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, [tabindex]';

function isEnabled(element: Element): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    !element.matches(':disabled') &&
    !(element instanceof HTMLInputElement && element.type === 'hidden')
  );
}

/** The element that takes the focus for a field: itself, or (a group) its checked or first option. */
function focusTarget(field: Element): HTMLElement | null {
  if (field.matches(FOCUSABLE)) return isEnabled(field) ? field : null;
  const options = [...field.querySelectorAll(FOCUSABLE)].filter(isEnabled);
  return options.find((option) => option.matches(':checked')) ?? options[0] ?? null;
}

/**
 * Moves the focus to the first invalid field inside `root`, in the order of the
 * page, so that after a failed save the person lands on what to correct.
 * Returns whether a field took the focus.
 */
export function focusFirstInvalid(root: ParentNode | null | undefined): boolean {
  if (!root) return false;
  for (const field of root.querySelectorAll(INVALID_FIELDS)) {
    const target = focusTarget(field);
    if (target) {
      target.focus();
      return true;
    }
  }
  return false;
}
