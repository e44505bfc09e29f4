import { describe, expect, it } from 'vitest';
import { problemResponse } from '@/testing/http';
import type { ApiError } from './problem';
import {
  apiErrorFromResponse,
  errorMessage,
  formErrors,
  networkError,
  parseRetryAfter,
  toFormPath,
} from './problem';

async function apiError(response: Response): Promise<ApiError> {
  return apiErrorFromResponse(response, (await response.json()) as unknown);
}

describe('problem+json', () => {
  it('maps_validation_errors_to_mantine_form_paths', async () => {
    const error = await apiError(
      problemResponse(400, {
        type: 'https://relance-iae.fr/problems/validation',
        title: 'Données invalides',
        errors: [
          { field: 'organisationId', message: 'Organisation inconnue.' },
          { field: 'items[0].name', message: 'Obligatoire.' },
          { field: 'items[0].name', message: 'Trop long.' },
        ],
      }),
    );

    expect(error.is('validation')).toBe(true);
    expect(formErrors(error)).toEqual({
      organisationId: 'Organisation inconnue.',
      'items.0.name': 'Obligatoire. Trop long.',
    });
    expect(errorMessage(error)).toBe(
      'Certains champs sont invalides : corrigez-les puis réessayez.',
    );
  });

  it('prefers_the_detail_of_the_problem', async () => {
    const error = await apiError(
      problemResponse(409, {
        type: 'https://relance-iae.fr/problems/conflict',
        title: 'Conflit',
        detail: 'Un compte existe déjà pour cette adresse e-mail.',
      }),
    );
    expect(errorMessage(error)).toBe('Un compte existe déjà pour cette adresse e-mail.');
    expect(formErrors(error)).toEqual({});
  });

  it('falls_back_to_a_french_message_for_403', async () => {
    const error = await apiError(
      problemResponse(403, {
        type: 'https://relance-iae.fr/problems/forbidden',
        title: 'Forbidden',
      }),
    );
    expect(errorMessage(error)).toMatch(/^Vous n'avez pas les droits/);
  });

  it('tells_when_to_retry_after_too_many_attempts', async () => {
    const error = await apiError(
      problemResponse(
        429,
        { type: 'https://relance-iae.fr/problems/too-many-requests', title: 'Too Many Requests' },
        { 'Retry-After': '840' },
      ),
    );
    expect(error.retryAfterSeconds).toBe(840);
    expect(errorMessage(error)).toBe('Trop de tentatives, réessayez dans 14 minutes.');
  });

  it('gives_the_correlation_id_of_an_internal_error', async () => {
    const error = await apiError(
      problemResponse(500, {
        type: 'https://relance-iae.fr/problems/internal',
        title: 'Internal Server Error',
        correlationId: 'c0ffee-42',
      }),
    );
    expect(errorMessage(error)).toBe('Erreur inattendue (référence c0ffee-42).');
  });

  it('explains_a_network_failure', () => {
    expect(errorMessage(networkError(new TypeError('Failed to fetch')))).toMatch(
      /^Impossible de joindre le serveur/,
    );
  });

  it('tolerates_a_body_that_is_not_a_problem', () => {
    const error = apiErrorFromResponse(new Response('oops', { status: 502 }), 'oops');
    expect(error.problem).toBeNull();
    expect(errorMessage(error)).toBe('Erreur inattendue. Réessayez plus tard.');
  });

  it('reads_retry_after_as_seconds_or_http_date', () => {
    const now = Date.parse('2025-01-01T10:00:00Z');
    expect(parseRetryAfter('60', now)).toBe(60);
    expect(parseRetryAfter('Wed, 01 Jan 2025 10:02:00 GMT', now)).toBe(120);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(toFormPath('lines[2].quantity')).toBe('lines.2.quantity');
  });
});
