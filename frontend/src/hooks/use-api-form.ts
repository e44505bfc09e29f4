import { useState } from 'react';
import { errorMessage, formErrors, isStaleWrite } from '@/lib/api/problem';

interface FormWithErrors {
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * Spreads an API failure over a Mantine form: field errors go next to their
 * inputs, a stale write (412) raises `stale` (show the offer to reload), and
 * anything else becomes the form's general error.
 */
export function useApiFormErrors(form: FormWithErrors) {
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);

  const showError = (error: unknown) => {
    if (isStaleWrite(error)) {
      setStale(true);
      setFormError(null);
      return;
    }
    const fields = formErrors(error);
    form.setErrors(fields);
    setFormError(Object.keys(fields).length > 0 ? null : errorMessage(error));
  };

  return {
    formError,
    stale,
    showError,
    clearError: () => {
      setFormError(null);
      setStale(false);
    },
  };
}
