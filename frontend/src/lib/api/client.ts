import createClient, { type Middleware } from 'openapi-fetch';
import { sessionStore, type Session } from '@/lib/auth/session-store';
import { apiErrorFromResponse, networkError } from './problem';
import type { paths } from './schema';

const API_PREFIX = '/api/v1';
/** Endpoints that open a session themselves: never sent a bearer, never retried after a refresh. */
const SESSION_ENDPOINTS = [`${API_PREFIX}/auth/login`, `${API_PREFIX}/auth/refresh`];

function isSessionEndpoint(request: Request): boolean {
  const { pathname } = new URL(request.url);
  return SESSION_ENDPOINTS.includes(pathname);
}

/** Copies of the requests in flight, to replay them once after a refresh (a sent body is consumed). */
const replayableRequests = new Map<string, Request>();

const authMiddleware: Middleware = {
  onRequest({ request, id }) {
    if (isSessionEndpoint(request)) return request;
    const token = sessionStore.getAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    replayableRequests.set(id, request.clone());
    return request;
  },
  async onResponse({ request, response, id, options }) {
    const replay = replayableRequests.get(id);
    replayableRequests.delete(id);
    if (response.status !== 401 || replay === undefined) return response;

    // A concurrent request may already have refreshed the token: reuse it rather than refresh again.
    const sentAuthorization = request.headers.get('Authorization');
    const latestToken = sessionStore.getAccessToken();
    const token =
      latestToken !== null && sentAuthorization !== `Bearer ${latestToken}`
        ? latestToken
        : (await refreshSession())?.accessToken;
    if (token === undefined) return response;

    replay.headers.set('Authorization', `Bearer ${token}`);
    return options.fetch(replay);
  },
  onError({ id }) {
    replayableRequests.delete(id);
  },
};

/** The one typed client of the API; paths come from the generated OpenAPI schema. */
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  credentials: 'same-origin',
  // Resolved at call time so tests (and jsdom) can replace globalThis.fetch.
  fetch: (request: Request) => globalThis.fetch(request),
});
api.use(authMiddleware);

let refreshInFlight: Promise<Session | null> | null = null;

async function requestRefresh(): Promise<Session | null> {
  try {
    const { data } = await api.POST('/api/v1/auth/refresh');
    if (data === undefined) {
      sessionStore.clear();
      return null;
    }
    const session: Session = { accessToken: data.accessToken, user: data.user };
    sessionStore.set(session);
    return session;
  } catch {
    // Server unreachable: keep what we have, the caller sees the original failure.
    return null;
  }
}

/**
 * Exchanges the HttpOnly refresh cookie for a new access token. Concurrent
 * callers share one request (the cookie rotates, a second call would fail).
 * Clears the session when the server refuses.
 */
export function refreshSession(): Promise<Session | null> {
  refreshInFlight ??= requestRefresh().finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

async function settle<T>(call: Promise<ApiResult<T>>): Promise<{ data: T; response: Response }> {
  let result: ApiResult<T>;
  try {
    result = await call;
  } catch (cause) {
    throw networkError(cause);
  }
  if (!result.response.ok) throw apiErrorFromResponse(result.response, result.error);
  return { data: result.data as T, response: result.response };
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an `ApiError`
 * built from the problem+json body (status 0 when the server is unreachable).
 */
export async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<T> {
  return (await settle(call)).data;
}

/** A resource with the entity tag to send back in `If-Match` when writing it. */
export interface Tagged<T> {
  data: T;
  etag: string | null;
}

/** Like `unwrap`, keeping the response's `ETag`. */
export async function unwrapTagged<T>(call: Promise<ApiResult<T>>): Promise<Tagged<T>> {
  const { data, response } = await settle(call);
  return { data, etag: response.headers.get('ETag') };
}
