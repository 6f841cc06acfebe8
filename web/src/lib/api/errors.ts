import { i18n } from '@/lib/i18n';

/** An RFC 9457 problem as the backend sends it (application/problem+json with a stable `code`). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  code?: string;
  retryAfter?: number;
  errors?: Array<{ field?: string; message?: string }>;
}

/**
 * The one error type every API call throws: the problem's fields, or `network` when the server
 * could not be reached. `describeError` turns it into words for people.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly retryAfter: number | undefined;
  readonly fieldErrors: ReadonlyArray<{ field?: string; message?: string }>;

  constructor(status: number, problem: Problem = {}, options?: { cause?: unknown }) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`, options);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? (status === 0 ? 'network' : `http-${status}`);
    this.title = problem.title ?? '';
    this.detail = problem.detail;
    this.retryAfter = typeof problem.retryAfter === 'number' ? problem.retryAfter : undefined;
    this.fieldErrors = Array.isArray(problem.errors) ? problem.errors : [];
  }

  /** From a failed response and its parsed body (problem+json, other JSON, or text). */
  static fromResponse(response: Response, body: unknown): ApiError {
    const problem: Problem = body && typeof body === 'object' ? (body as Problem) : {};
    const retryHeader = Number(response.headers.get('Retry-After'));
    if (problem.retryAfter === undefined && Number.isFinite(retryHeader) && retryHeader > 0) {
      problem.retryAfter = retryHeader;
    }
    return new ApiError(response.status, problem);
  }

  static network(cause: unknown): ApiError {
    return new ApiError(0, { code: 'network' }, { cause });
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }

  /** Worth trying again by itself: the network, the server's own trouble, a rate limit. */
  get isTransient(): boolean {
    return this.status === 0 || this.status >= 500 || this.status === 429 || this.status === 408;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const knownCodes = new Set([
  'not-found',
  'unauthorized',
  'invalid-token',
  'forbidden',
  'validation-failed',
  'malformed-request',
  'payload-too-large',
]);

/** What happened, in plain words for a customer or an agent (never a stack trace or a status number). */
export function describeError(error: unknown): string {
  const t = i18n.t.bind(i18n);
  if (error instanceof DOMException && error.name === 'TimeoutError') return t('errors:timeout');
  if (!(error instanceof ApiError)) return t('errors:generic');
  if (error.isNetwork) return t('errors:network');
  if (error.code === 'rate-limited' || error.status === 429) {
    return error.retryAfter
      ? t('errors:codes.rate-limited', { seconds: Math.ceil(error.retryAfter) })
      : t('errors:codes.rate-limited-soon');
  }
  if (knownCodes.has(error.code)) {
    return t(`errors:codes.${error.code as 'not-found'}`);
  }
  switch (error.status) {
    case 400:
    case 422:
      return t('errors:codes.validation-failed');
    case 401:
      return t('errors:codes.unauthorized');
    case 403:
      return t('errors:codes.forbidden');
    case 404:
      return t('errors:codes.not-found');
    case 409:
      return t('errors:codes.conflict');
    case 413:
      return t('errors:codes.payload-too-large');
    case 502:
    case 503:
    case 504:
      return t('errors:unavailable');
    default:
      return error.status >= 500 ? t('errors:server') : t('errors:generic');
  }
}
