import { useState } from 'react';
import { errorMessage, formErrors, isStaleWrite } from '@/lib/api/problem';
import {
  useSubmitWithFocus,
  type SubmitHandler,
  type SubmittableForm,
} from './use-invalid-field-focus';

interface FormWithErrors<Handler extends SubmitHandler> extends SubmittableForm<Handler> {
  setErrors: (errors: Record<string, string>) => void;
  /** The current field errors (Mantine clears a field's error once it changes). */
  errors: Record<string, unknown>;
}

/**
 * Spreads an API failure over a Mantine form: field errors go next to their
 * inputs, a stale write (412) raises `stale` (show the offer to reload), and
 * anything else becomes the form's general error.
 *
 * Submit with the returned `onSubmit` (Mantine's `form.onSubmit`, wired for
 * the focus): after a failed validation, or a refusal of some fields by the
 * server, the focus goes to the first invalid field of the form.
 */
export function useApiFormErrors<Handler extends SubmitHandler>(form: FormWithErrors<Handler>) {
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const { onSubmit, focusFirstInvalid, invalid } = useSubmitWithFocus(form);
  const hasErrors = Object.values(form.errors).some(Boolean);

  const showError = (error: unknown) => {
    if (isStaleWrite(error)) {
      setStale(true);
      setFormError(null);
      return;
    }
    const fields = formErrors(error);
    form.setErrors(fields);
    const hasFieldErrors = Object.keys(fields).length > 0;
    setFormError(hasFieldErrors ? null : errorMessage(error));
    if (hasFieldErrors) focusFirstInvalid();
  };

  return {
    formError,
    stale,
    invalidFields: hasErrors ? invalid : [],
    onSubmit,
    showError,
    clearError: () => {
      setFormError(null);
      setStale(false);
    },
  };
}
