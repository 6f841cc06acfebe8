import createClient, { type Middleware } from 'openapi-fetch';
import { apiBaseUrl } from '@/config/env';
import type { paths } from './schema';
import { ApiError } from './errors';

/**
 * The typed client for the whole backend: paths, parameters, bodies and responses come from
 * schema.d.ts, generated from web/openapi.json (`npm run api:types`), so a backend change that
 * breaks a call fails `tsc`. Every feature's api/ files call it; none uses fetch directly.
 */
export const api = createClient<paths>({
  baseUrl: apiBaseUrl,
  // Looked up per call, so tests (and the widget's host) can replace fetch after start-up.
  fetch: (request) => globalThis.fetch(request),
});

export interface ApiAuth {
  /** The bearer token to send, if any. */
  getToken(): string | null;
  /** A request that carried a token got 401: the session is over. */
  onUnauthorized(): void;
}

let auth: ApiAuth = { getToken: () => null, onUnauthorized: () => {} };

/** Wired once by the app (features/auth): the client itself knows nothing about sessions. */
export function configureApiAuth(next: ApiAuth) {
  auth = next;
}

const authMiddleware: Middleware = {
  onRequest({ request }) {
    const token = auth.getToken();
    if (token && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('Authorization')) auth.onUnauthorized();
    return undefined;
  },
};
api.use(authMiddleware);

type Result<D> = { data?: D; error?: unknown; response: Response };

/**
 * Awaits an openapi-fetch call and gives its data, or throws ApiError (problem+json, or `network`
 * when the server was not reached). Cancellation (AbortError) passes through untouched, so TanStack
 * Query can drop a stale search quietly.
 *
 *     const articles = await unwrap(api.GET('/api/support/faqs', { params: { query: { query } }, signal }));
 */
export async function unwrap<D>(call: Promise<Result<D>>): Promise<D> {
  let result: Result<D>;
  try {
    result = await call;
  } catch (error) {
    if (error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError')) throw error;
    if (error instanceof Error && error.name === 'AbortError') throw error;
    throw ApiError.network(error);
  }
  if (!result.response.ok) throw ApiError.fromResponse(result.response, result.error);
  return result.data as D;
}
