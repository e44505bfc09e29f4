export const MIN_PASSWORD_LENGTH = 10;

export function passwordRule(value: string): string | null {
  return value.length >= MIN_PASSWORD_LENGTH
    ? null
    : `Le mot de passe doit contenir au moins ${MIN_PASSWORD_LENGTH} caractères.`;
}

/** The server's rule too: one "@", and a domain with a dot between two non-empty parts. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function emailRule(value: string): string | null {
  const email = value.trim();
  if (EMAIL.test(email)) return null;
  if (/^[^\s@]+@[^\s@]+$/.test(email)) {
    return 'Le domaine de l’adresse doit contenir un point (par exemple nom@exemple.fr).';
  }
  return 'Saisissez une adresse e-mail valide.';
}

export function requiredRule(message: string) {
  return (value: unknown): string | null =>
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
      ? message
      : null;
}

/** A SIRET: 14 digits (spaces allowed while typing; the server checks its key). */
export function siretRule(value: string): string | null {
  return /^\d{14}$/.test(value.replace(/\s/g, '')) ? null : 'Le SIRET compte 14 chiffres.';
}

/** The SIRET as the API takes it: its 14 digits, without the spaces people type. */
export function compactSiret(value: string): string {
  return value.replace(/\s/g, '');
}
