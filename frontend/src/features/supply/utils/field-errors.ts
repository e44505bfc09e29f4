import { ApiError } from '@/lib/api/problem';

/**
 * The same failure with its field paths renamed, so that a form whose fields are not named as
 * the API's body (a dialog holding the delivery under `delivery`, lines kept per index of the
 * form) gets each message at its field.
 */
export function renameFields(error: unknown, rename: (field: string) => string): unknown {
  if (!(error instanceof ApiError) || !error.problem?.errors) return error;
  return new ApiError(
    error.status,
    {
      ...error.problem,
      errors: error.problem.errors.map((entry) => ({ ...entry, field: rename(entry.field) })),
    },
    error.retryAfterSeconds,
  );
}
