import { useState } from 'react';
import { errorMessage, formErrors } from '@/lib/api/problem';

interface FormWithErrors {
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * Spreads an API failure over a Mantine form: field errors go next to their
 * inputs, anything else becomes the form's general error.
 */
export function useApiFormErrors(form: FormWithErrors) {
  const [formError, setFormError] = useState<string | null>(null);

  const showError = (error: unknown) => {
    const fields = formErrors(error);
    form.setErrors(fields);
    setFormError(Object.keys(fields).length > 0 ? null : errorMessage(error));
  };

  return { formError, showError, clearError: () => setFormError(null) };
}
