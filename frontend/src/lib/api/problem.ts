import type { Problem } from './types';

export const PROBLEM_TYPE_PREFIX = 'https://relance-iae.fr/problems/';

export type ProblemKind =
  | 'validation'
  | 'malformed-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-many-requests'
  | 'internal'
  | 'invalid-credentials'
  | 'email-not-verified'
  | 'invalid-token'
  | (string & {});

/** An HTTP failure of the API (status 0 = the server could not be reached). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Partial<Problem> | null;
  readonly retryAfterSeconds: number | null;

  constructor(
    status: number,
    problem: Partial<Problem> | null,
    retryAfterSeconds: number | null = null,
    options?: ErrorOptions,
  ) {
    super(problem?.title ?? (status === 0 ? 'Network failure' : `HTTP ${status}`), options);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get kind(): ProblemKind | null {
    const type = this.problem?.type;
    return type?.startsWith(PROBLEM_TYPE_PREFIX) ? type.slice(PROBLEM_TYPE_PREFIX.length) : null;
  }

  is(kind: ProblemKind): boolean {
    return this.kind === kind;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Reads a problem+json body defensively: unknown members are ignored. */
export function parseProblem(body: unknown): Partial<Problem> | null {
  if (!isRecord(body)) return null;
  const errors = Array.isArray(body.errors)
    ? body.errors.flatMap((entry: unknown) =>
        isRecord(entry) && typeof entry.field === 'string' && typeof entry.message === 'string'
          ? [{ field: entry.field, message: entry.message }]
          : [],
      )
    : undefined;
  return {
    type: optionalString(body.type),
    title: optionalString(body.title),
    status: typeof body.status === 'number' ? body.status : undefined,
    detail: optionalString(body.detail),
    instance: optionalString(body.instance),
    correlationId: optionalString(body.correlationId),
    errors,
  };
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

export function apiErrorFromResponse(response: Response, body: unknown): ApiError {
  return new ApiError(
    response.status,
    parseProblem(body),
    parseRetryAfter(response.headers.get('Retry-After')),
  );
}

export function networkError(cause: unknown): ApiError {
  return new ApiError(0, null, null, { cause });
}

function minutesLabel(seconds: number | null): string {
  const minutes = Math.max(1, Math.ceil((seconds ?? 60) / 60));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

const STATUS_FALLBACKS: Record<number, string> = {
  400: 'La demande est invalide. Vérifiez les informations saisies.',
  401: 'Votre session a expiré. Reconnectez-vous.',
  403: "Vous n'avez pas les droits nécessaires pour effectuer cette action.",
  404: "L'élément demandé est introuvable.",
  409: 'Cette opération est en conflit avec des données existantes.',
  412: 'Quelqu’un d’autre a modifié cette fiche entre-temps : rechargez-la puis recommencez.',
  413: 'Le contenu envoyé est trop volumineux.',
  422: 'La demande ne peut pas être traitée.',
};

/** A write sent with an If-Match that no longer names the current version. */
export function isStaleWrite(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/** A French message for a notification or an alert. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return 'Une erreur inattendue est survenue. Réessayez plus tard.';
  }
  const { status, problem } = error;
  if (status === 0) {
    return 'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.';
  }
  if (status === 429) {
    return `Trop de tentatives, réessayez dans ${minutesLabel(error.retryAfterSeconds)}.`;
  }
  if (status >= 500) {
    return problem?.correlationId
      ? `Erreur inattendue (référence ${problem.correlationId}).`
      : 'Erreur inattendue. Réessayez plus tard.';
  }
  if (status === 403) return problem?.detail ?? STATUS_FALLBACKS[403] ?? '';
  if (status === 400 && error.is('validation') && !problem?.detail) {
    return 'Certains champs sont invalides : corrigez-les puis réessayez.';
  }
  return (
    problem?.detail ??
    STATUS_FALLBACKS[status] ??
    problem?.title ??
    `Une erreur est survenue (code ${status}).`
  );
}

/**
 * Converts a JSON path of the API (`organisationId`, `items[0].name`) into the
 * dotted path Mantine's form uses (`organisationId`, `items.0.name`).
 */
export function toFormPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/** Field errors of a validation problem, ready for Mantine's `form.setErrors`. */
export function formErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const result: Record<string, string> = {};
  for (const { field, message } of error.problem?.errors ?? []) {
    const path = toFormPath(field);
    const previous = result[path];
    result[path] = previous ? `${previous} ${message}` : message;
  }
  return result;
}
