import { vi } from 'vitest';

export interface Call {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
  signal: AbortSignal;
}

type Handler = (call: Call) => Response | Promise<Response>;

/** JSON (or problem+json) answer for a stubbed fetch. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const problem = status >= 400 && body && typeof body === 'object';
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': problem ? 'application/problem+json' : 'application/json', ...headers },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/**
 * Replaces fetch with a router over "METHOD /path" (query ignored); records every call. An
 * unrouted request is a 404 problem, as the backend would answer.
 */
export function stubFetch(routes: Record<string, Handler>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const call: Call = {
      method: request.method,
      url,
      headers: request.headers,
      body: text ? parseBody(text, request.headers.get('Content-Type')) : undefined,
      signal: request.signal,
    };
    calls.push(call);
    const handler = routes[`${request.method} ${url.pathname}`];
    if (!handler) return json({ status: 404, title: 'Not Found', code: 'not-found' }, 404);
    return handler(call);
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, fetch };
}

/** JSON bodies parsed; anything else (multipart uploads) as text. */
function parseBody(text: string, contentType: string | null): unknown {
  return contentType?.includes('json') || !contentType ? JSON.parse(text) : text;
}
