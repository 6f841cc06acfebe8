import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionStore, readJwt } from './session';
import { safeNextPath } from './next-path';
import { expIn, fakeJwt } from '@/testing/jwt';

const HOUR = 3_600_000;

beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-12-04T10:00:00Z') }));
afterEach(() => vi.useRealTimers());

describe('SessionStore', () => {
  it('signs in from a JWT: subject, name and expiry from its claims, kept in sessionStorage', () => {
    const store = new SessionStore(sessionStorage, 'k');
    const token = fakeJwt({ sub: 'demo-user-1', name: 'Ravi Kumar', exp: expIn(HOUR) });
    const session = store.signIn(token, 'demo');
    expect(session).toEqual({ token, userId: 'demo-user-1', name: 'Ravi Kumar', expiresAt: Date.now() + HOUR, source: 'demo' });
    expect(store.token()).toBe(token);
    expect(JSON.parse(sessionStorage.getItem('k')!)).toEqual(session);
    expect(new SessionStore(sessionStorage, 'k').getSnapshot().session).toEqual(session); // a reload
  });

  it('refuses what is not a usable token', () => {
    const store = new SessionStore(sessionStorage, 'k');
    expect(store.signIn('not-a-jwt', 'host')).toBeNull();
    expect(store.signIn(fakeJwt({ sub: 'u', exp: expIn(-1000) }), 'host')).toBeNull();
    expect(store.getSnapshot().session).toBeNull();
  });

  it('ends the session when the token runs out, saying why', () => {
    const store = new SessionStore(sessionStorage, 'k');
    store.signIn(fakeJwt({ sub: 'u', exp: expIn(HOUR) }), 'host');
    vi.advanceTimersByTime(HOUR);
    expect(store.getSnapshot()).toEqual({ session: null, ended: 'expired' });
    expect(store.token()).toBeNull();
    expect(sessionStorage.getItem('k')).toBeNull();
  });

  it('asks the refresher for a new token a minute before expiry', () => {
    const store = new SessionStore(sessionStorage, 'k');
    const refresher = vi.fn(async () => store.signIn(fakeJwt({ sub: 'u', exp: expIn(2 * HOUR) }), 'demo'));
    store.setRefresher(refresher);
    store.signIn(fakeJwt({ sub: 'u', exp: expIn(HOUR) }), 'demo');
    vi.advanceTimersByTime(HOUR - 60_001);
    expect(refresher).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(refresher).toHaveBeenCalledOnce();
  });

  it('signs out (and expire after sign-out changes nothing)', () => {
    const store = new SessionStore(sessionStorage, 'k');
    store.signIn(fakeJwt({ sub: 'u', exp: expIn(HOUR) }), 'demo');
    store.signOut();
    store.expire();
    expect(store.getSnapshot()).toEqual({ session: null, ended: 'signed-out' });
  });

  it('reads JWT claims with non-ASCII names', () => {
    expect(readJwt(fakeJwt({ sub: 'u', name: 'रवि', exp: 1 }))).toEqual({ sub: 'u', name: 'रवि', exp: 1 });
    expect(readJwt('a.b')).toBeNull();
  });
});

describe('safeNextPath', () => {
  it.each<[string | null, string]>([
    ['/support/chat', '/support/chat'],
    ['/support/articles/x?y=1', '/support/articles/x?y=1'],
    [null, '/support'],
    ['https://evil.example', '/support'],
    ['//evil.example', '/support'],
    ['/\\evil.example', '/support'],
  ])('%s → %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});
