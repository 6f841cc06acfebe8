import { afterEach, describe, expect, it, vi } from 'vitest';
import { installHostBridge, requestHostToken } from './host-bridge';
import { SessionStore } from './session';
import { expIn, fakeJwt } from '@/testing/jwt';
import { i18n } from '@/lib/i18n';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  delete window.ReactNativeWebView;
});

function post(data: unknown, origin: string) {
  window.dispatchEvent(new MessageEvent('message', { data, origin }));
}

describe('host bridge', () => {
  it('ZetChat.init({ token }) signs the customer in as given by the app', () => {
    const store = new SessionStore(null, 'k');
    uninstall = installHostBridge(store);
    const token = fakeJwt({ sub: 'cust-9', name: 'Meera', exp: expIn(3_600_000) });
    expect(window.ZetChat?.init?.({ token })).toBe(true);
    expect(store.getSnapshot().session).toMatchObject({ userId: 'cust-9', name: 'Meera', source: 'host' });
  });

  it('follows the app’s locale from init or a trusted message, unless the customer chose a language', async () => {
    const store = new SessionStore(null, 'k');
    uninstall = installHostBridge(store);
    const token = fakeJwt({ sub: 'cust-9', exp: expIn(3_600_000) });
    post({ type: 'zetpay:session', token, locale: 'hi-IN' }, 'https://evil.example');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(i18n.language).toBe('en');
    window.ZetChat?.init?.({ token, locale: 'hi-IN' });
    await vi.waitFor(() => expect(i18n.language).toBe('hi'));
    post({ type: 'zetpay:session', token, locale: 'en-IN' }, window.location.origin);
    await vi.waitFor(() => expect(i18n.language).toBe('en'));
    localStorage.setItem('zetpay.language', 'en');
    window.ZetChat?.init?.({ token, locale: 'hi' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(i18n.language).toBe('en');
  });

  it('accepts a posted token from its own origin, ignores other origins and other messages', () => {
    const store = new SessionStore(null, 'k');
    uninstall = installHostBridge(store);
    const token = fakeJwt({ sub: 'cust-1', exp: expIn(3_600_000) });
    post({ type: 'zetpay:session', token }, 'https://evil.example');
    post({ type: 'something-else', token }, window.location.origin);
    expect(store.getSnapshot().session).toBeNull();
    post({ type: 'zetpay:session', token }, window.location.origin);
    expect(store.getSnapshot().session?.userId).toBe('cust-1');
  });

  it('asks a React Native host for a fresh token and resolves when it arrives', async () => {
    const store = new SessionStore(null, 'k');
    uninstall = installHostBridge(store);
    store.signIn(fakeJwt({ sub: 'cust-1', exp: expIn(60_000) }), 'host');
    const requests: string[] = [];
    window.ReactNativeWebView = { postMessage: (m) => requests.push(m) };
    const fresh = fakeJwt({ sub: 'cust-1', exp: expIn(3_600_000) });
    const pending = requestHostToken(store);
    expect(requests).toEqual(['{"type":"zetpay:session-request"}']);
    post({ type: 'zetpay:session', token: fresh }, '');
    await expect(pending).resolves.toBe(fresh);
  });

  it('gives up after the timeout', async () => {
    vi.useFakeTimers();
    const store = new SessionStore(null, 'k');
    window.ReactNativeWebView = { postMessage: () => {} };
    const pending = requestHostToken(store, 5000);
    vi.advanceTimersByTime(5000);
    await expect(pending).resolves.toBeNull();
    vi.useRealTimers();
  });
});
