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

/** A field in error: what it is called, and the element that takes the focus for it. */
export interface InvalidField {
  label: string;
  target: HTMLElement;
}

/** The visible text of an element, without the hidden required-field asterisk. */
function visibleText(element: Element | null | undefined): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

/** A field's name as a person reads it: its label, the label of its group, or its aria-label. */
function fieldLabel(field: Element, target: HTMLElement): string {
  const labelledBy = field.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => visibleText(field.ownerDocument.getElementById(id)))
      .join(' ')
      .trim();
    if (text) return text;
  }
  const labels =
    field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement
      ? field.labels
      : target instanceof HTMLInputElement
        ? target.labels
        : null;
  return (
    visibleText(labels?.[0]) ||
    field.getAttribute('aria-label') ||
    target.getAttribute('aria-label') ||
    'Champ sans nom'
  );
}

/** The fields in error inside `root`, in the order of the page, each once. */
export function invalidFields(root: ParentNode | null | undefined): InvalidField[] {
  if (!root) return [];
  const found: InvalidField[] = [];
  for (const field of root.querySelectorAll(INVALID_FIELDS)) {
    const target = focusTarget(field);
    if (target && !found.some((known) => known.target === target)) {
      found.push({ label: fieldLabel(field, target), target });
    }
  }
  return found;
}

/** Brings a field into view (a long form, a sticky header) and gives it the focus. */
export function focusField(target: HTMLElement): void {
  // jsdom has no scrollIntoView.
  if (typeof target.scrollIntoView === 'function') {
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  } else {
    target.focus();
  }
}

/**
 * Moves the focus to the first invalid field inside `root`, in the order of the
 * page, so that after a failed save the person lands on what to correct.
 * Returns whether a field took the focus.
 */
export function focusFirstInvalid(root: ParentNode | null | undefined): boolean {
  const [first] = invalidFields(root);
  if (!first) return false;
  focusField(first.target);
  return true;
}
