export const MIN_PASSWORD_LENGTH = 10;

export function passwordRule(value: string): string | null {
  return value.length >= MIN_PASSWORD_LENGTH
    ? null
    : `Le mot de passe doit contenir au moins ${MIN_PASSWORD_LENGTH} caractères.`;
}

export function emailRule(value: string): string | null {
  return /^[^\s@]+@[^\s@]+$/.test(value.trim()) ? null : 'Saisissez une adresse e-mail valide.';
}

export function requiredRule(message: string) {
  return (value: unknown): string | null =>
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
      ? message
      : null;
}
