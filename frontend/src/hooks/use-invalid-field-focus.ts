import { useLayoutEffect, useRef, useState, type SyntheticEvent } from 'react';
import { focusField, invalidFields, type InvalidField } from '@/lib/focus-first-invalid';

/**
 * Focuses the first invalid field of the form last submitted, once React has
 * rendered the errors: `trackForm` remembers the form from its submit event,
 * `focusFirstInvalid` asks for the focus (right after setting the errors, in
 * the same update). `invalid` lists the fields in error at that moment, for the
 * summary at the top of the form.
 */
export function useInvalidFieldFocus() {
  const formElement = useRef<HTMLFormElement | null>(null);
  const [requests, setRequests] = useState(0);
  const [invalid, setInvalid] = useState<InvalidField[]>([]);

  useLayoutEffect(() => {
    if (requests === 0) return;
    const fields = invalidFields(formElement.current);
    setInvalid(fields);
    if (fields[0]) focusField(fields[0].target);
  }, [requests]);

  return {
    invalid,
    trackForm: (event?: SyntheticEvent<HTMLFormElement>) => {
      if (event?.currentTarget) formElement.current = event.currentTarget;
    },
    focusFirstInvalid: () => setRequests((count) => count + 1),
  };
}

/** The handler of a valid submit, whatever the form's values. */
export type SubmitHandler = (
  values: never,
  event: SyntheticEvent<HTMLFormElement> | undefined,
) => unknown;

/** The part of a Mantine form (useForm) that submits. */
export interface SubmittableForm<Handler extends SubmitHandler> {
  onSubmit: (
    handleSubmit: Handler,
    handleValidationFailure?: (
      errors: Record<string, unknown>,
      values: unknown,
      event: SyntheticEvent<HTMLFormElement> | undefined,
    ) => void,
  ) => (event?: SyntheticEvent<HTMLFormElement>) => void;
}

/**
 * Mantine's `form.onSubmit`, with the focus on the first invalid field when
 * the validation fails. `focusFirstInvalid` does the same later, e.g. when the
 * server refuses some fields. `invalid`: the fields in error after the last
 * failed attempt.
 */
export function useSubmitWithFocus<Handler extends SubmitHandler>(form: SubmittableForm<Handler>) {
  const { invalid, trackForm, focusFirstInvalid } = useInvalidFieldFocus();
  const onSubmit =
    (handler: Handler) =>
    (event?: SyntheticEvent<HTMLFormElement>): void => {
      trackForm(event);
      form.onSubmit(handler, focusFirstInvalid)(event);
    };
  return { onSubmit, focusFirstInvalid, invalid };
}
