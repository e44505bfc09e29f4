/** The query parameter of the login page naming where to go once signed in (`paths.loginThen`). */
export const RETURN_PARAM = 'retour';

/**
 * The path to go back to after login, read from `?retour=`: only a path of this app (it starts
 * with one "/"), never another site (`//evil.example`, `https://…`, `/\evil.example`).
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}
