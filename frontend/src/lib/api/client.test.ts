import { describe, expect, it } from 'vitest';
import { sessionStore } from '@/lib/auth/session-store';
import { ADMIN_USER, signIn } from '@/testing/test-utils';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { api, unwrap } from './client';
import { ApiError } from './problem';

const UNAUTHORIZED = {
  type: 'https://relance-iae.fr/problems/unauthorized',
  title: 'Unauthorized',
};

function session(accessToken: string) {
  return { accessToken, tokenType: 'Bearer', expiresIn: 900, user: ADMIN_USER };
}

/** An endpoint that only accepts the given token. */
function acceptsOnly(token: string, body: unknown = ADMIN_USER) {
  return (request: Request) =>
    request.headers.get('Authorization') === `Bearer ${token}`
      ? jsonResponse(body)
      : problemResponse(401, UNAUTHORIZED);
}

function callsTo(calls: Request[], method: string, path: string) {
  return calls.filter((call) => call.method === method && new URL(call.url).pathname === path);
}

describe('api client', () => {
  it('sends_the_in_memory_access_token_as_bearer', async () => {
    signIn(ADMIN_USER, 'token-a');
    const { calls } = mockFetch({ 'GET /api/v1/me': acceptsOnly('token-a') });

    await expect(unwrap(api.GET('/api/v1/me'))).resolves.toEqual(ADMIN_USER);
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer token-a');
  });

  it('refreshes_the_token_on_401_and_retries_the_request_once', async () => {
    signIn(ADMIN_USER, 'expired');
    const { calls } = mockFetch({
      'GET /api/v1/me': acceptsOnly('fresh'),
      'POST /api/v1/auth/refresh': () => jsonResponse(session('fresh')),
    });

    await expect(unwrap(api.GET('/api/v1/me'))).resolves.toEqual(ADMIN_USER);

    const refreshes = callsTo(calls, 'POST', '/api/v1/auth/refresh');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]?.credentials).toBe('same-origin');
    expect(refreshes[0]?.headers.get('Authorization')).toBeNull();
    const meCalls = callsTo(calls, 'GET', '/api/v1/me');
    expect(meCalls.map((call) => call.headers.get('Authorization'))).toEqual([
      'Bearer expired',
      'Bearer fresh',
    ]);
    expect(sessionStore.getAccessToken()).toBe('fresh');
  });

  it('replays_the_body_of_a_retried_request', async () => {
    signIn(ADMIN_USER, 'expired');
    const bodies: string[] = [];
    mockFetch({
      'PUT /api/v1/me/password': async (request) => {
        bodies.push(await request.text());
        return request.headers.get('Authorization') === 'Bearer fresh'
          ? new Response(null, { status: 204 })
          : problemResponse(401, UNAUTHORIZED);
      },
      'POST /api/v1/auth/refresh': () => jsonResponse(session('fresh')),
    });

    const body = { currentPassword: 'ancien-secret', newPassword: 'nouveau-secret-123' };
    await unwrap(api.PUT('/api/v1/me/password', { body }));

    expect(bodies).toHaveLength(2);
    expect(bodies.map((text) => JSON.parse(text) as unknown)).toEqual([body, body]);
  });

  it('shares_one_refresh_between_concurrent_401s', async () => {
    signIn(ADMIN_USER, 'expired');
    const page = { items: [], page: 0, size: 20, totalItems: 0 };
    const { calls } = mockFetch({
      'GET /api/v1/me': acceptsOnly('fresh'),
      'GET /api/v1/admin/organisations': acceptsOnly('fresh', page),
      'GET /api/v1/admin/users': acceptsOnly('fresh', page),
      'POST /api/v1/auth/refresh': async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return jsonResponse(session('fresh'));
      },
    });

    const results = await Promise.all([
      unwrap(api.GET('/api/v1/me')),
      unwrap(api.GET('/api/v1/admin/organisations', { params: { query: { page: 0 } } })),
      unwrap(api.GET('/api/v1/admin/users')),
    ]);

    expect(results).toEqual([ADMIN_USER, page, page]);
    expect(callsTo(calls, 'POST', '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('clears_the_session_when_the_refresh_is_refused', async () => {
    signIn(ADMIN_USER, 'expired');
    const { calls } = mockFetch({
      'GET /api/v1/me': acceptsOnly('fresh'),
      'POST /api/v1/auth/refresh': () => problemResponse(401, UNAUTHORIZED),
    });

    const failure = unwrap(api.GET('/api/v1/me'));

    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 401 });
    expect(sessionStore.get()).toBeNull();
    expect(callsTo(calls, 'GET', '/api/v1/me')).toHaveLength(1);
  });

  it('never_refreshes_after_a_failed_login', async () => {
    const { calls } = mockFetch({
      'POST /api/v1/auth/login': () =>
        problemResponse(401, {
          type: 'https://relance-iae.fr/problems/invalid-credentials',
          title: 'Identifiants invalides',
        }),
    });

    const failure = unwrap(
      api.POST('/api/v1/auth/login', { body: { email: 'x@y.fr', password: 'faux' } }),
    );

    await expect(failure).rejects.toMatchObject({ status: 401 });
    expect(calls).toHaveLength(1);
  });

  it('reports_an_unreachable_server_as_status_0', async () => {
    mockFetch({
      'GET /api/v1/me': () => {
        throw new TypeError('Failed to fetch');
      },
    });

    await expect(unwrap(api.GET('/api/v1/me'))).rejects.toMatchObject({ status: 0 });
  });
});
