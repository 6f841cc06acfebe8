import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { api, configureApiAuth, unwrap } from './client';
import { ApiError, describeError } from './errors';
import type { Schemas } from './types';
import { json, noContent, stubFetch } from '@/testing/fetch';

afterEach(() => configureApiAuth({ getToken: () => null, onUnauthorized: () => {} }));

describe('api client', () => {
  it('gives typed data from the generated schema', async () => {
    const { calls } = stubFetch({
      'GET /api/support/faqs': () => json([{ slug: 'a', title: 'A', snippet: 'x' }]),
    });
    const results = await unwrap(api.GET('/api/support/faqs', { params: { query: { query: 'upi', limit: 5 } } }));
    expectTypeOf(results).toEqualTypeOf<Schemas['Result'][]>();
    expect(results[0]?.slug).toBe('a');
    expect(calls[0]?.url.search).toBe('?query=upi&limit=5');
  });

  it('sends the bearer token when there is a session', async () => {
    configureApiAuth({ getToken: () => 'T1', onUnauthorized: () => {} });
    const { calls } = stubFetch({ 'POST /api/support/faqs/a/feedback': noContent });
    await unwrap(api.POST('/api/support/faqs/{slug}/feedback', { params: { path: { slug: 'a' } }, body: { helpful: true } }));
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer T1');
    expect(calls[0]?.body).toEqual({ helpful: true });
  });

  it('turns problem+json into ApiError with its code, title and detail', async () => {
    stubFetch({
      'GET /api/support/faqs/nope': () =>
        json({ status: 404, title: 'Not Found', detail: 'Article nope was not found', code: 'not-found' }, 404),
    });
    const error = await unwrap(api.GET('/api/support/faqs/{slug}', { params: { path: { slug: 'nope' } } })).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'not-found', title: 'Not Found', detail: 'Article nope was not found' });
    expect(describeError(error)).toBe('We could not find what you were looking for.');
  });

  it('reads retryAfter from the problem or the Retry-After header', async () => {
    stubFetch({
      'GET /api/support/faqs': () => json({ status: 429, code: 'rate-limited' }, 429, { 'Retry-After': '7' }),
    });
    const error = (await unwrap(api.GET('/api/support/faqs')).catch((e) => e)) as ApiError;
    expect(error.retryAfter).toBe(7);
    expect(error.isTransient).toBe(true);
    expect(describeError(error)).toBe('You are doing that too often. Please wait 7 seconds and try again.');
  });

  it('a server that cannot be reached is a network ApiError', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const error = (await unwrap(api.GET('/api/support/faqs/categories')).catch((e) => e)) as ApiError;
    expect(error.isNetwork).toBe(true);
    expect(describeError(error)).toMatch(/could not reach Zet Pay/);
  });

  it('calls onUnauthorized on a 401 to a request that carried a token, not otherwise', async () => {
    const onUnauthorized = vi.fn();
    stubFetch({ 'GET /api/me': () => json({ status: 401, code: 'invalid-token' }, 401) });
    await unwrap(api.GET('/api/me')).catch(() => {});
    configureApiAuth({ getToken: () => null, onUnauthorized });
    await unwrap(api.GET('/api/me')).catch(() => {});
    expect(onUnauthorized).not.toHaveBeenCalled();
    configureApiAuth({ getToken: () => 'expired', onUnauthorized });
    await unwrap(api.GET('/api/me')).catch(() => {});
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('lets cancellation through as an AbortError', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new DOMException('aborted', 'AbortError'))));
    await expect(unwrap(api.GET('/api/support/faqs'))).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('describeError', () => {
  it.each<[ApiError | Error, string]>([
    [new ApiError(400, { code: 'validation-failed' }), 'Some details are not right. Please check and try again.'],
    [new ApiError(401, { code: 'invalid-token' }), 'Your session has ended. Please sign in again.'],
    [new ApiError(403, {}), 'You do not have access to this.'],
    [new ApiError(409, { code: 'training-running' }), 'This was changed by someone else. Refresh and try again.'],
    [new ApiError(429, { code: 'rate-limited' }), 'You are doing that too often. Please wait a moment and try again.'],
    [new ApiError(500, { code: 'internal-error' }), 'Our service is having trouble right now. Please try again in a few minutes.'],
    [new ApiError(503, {}), 'This service is busy or under maintenance. Please try again in a few minutes.'],
    [new Error('boom'), 'Something went wrong on our side. Please try again in a moment.'],
  ])('%s → plain words', (error, words) => {
    expect(describeError(error)).toBe(words);
  });
});
