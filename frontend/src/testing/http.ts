import { vi } from 'vitest';

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function problemResponse(
  status: number,
  problem: Record<string, unknown>,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ status, ...problem }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export type Handler = (request: Request) => Response | Promise<Response>;

/**
 * Replaces globalThis.fetch: each request goes to the handler registered for
 * "METHOD /path" (query string ignored); unknown routes answer 404.
 */
export function mockFetch(routes: Record<string, Handler>) {
  const calls: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    calls.push(request.clone());
    const handler = routes[`${request.method} ${new URL(request.url).pathname}`];
    if (!handler) return problemResponse(404, { title: 'Not Found' });
    return handler(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, calls };
}
