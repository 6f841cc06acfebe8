import { afterEach, expect, it, vi } from 'vitest';
import { FakeWebSocket } from '@/testing/fake-websocket';
import { expIn, fakeJwt } from '@/testing/jwt';
import { SessionStore } from '@/features/auth/session';
import { createStaffSocket } from './staff-socket';

afterEach(() => {
  FakeWebSocket.reset();
  sessionStorage.clear();
});

async function connected(ws: FakeWebSocket, token: string) {
  ws.open();
  await vi.waitFor(() => expect(ws.frames('authenticate').at(-1)?.token).toBe(token));
  ws.receive('auth_success', { userId: 'agt_1', expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
}

it('reconnects with the new token after its own password change, and signs out after anyone elses', async () => {
  const store = new SessionStore(sessionStorage, 'test.staff.socket');
  const before = fakeJwt({ sub: 'agt_1', name: 'Asha', exp: expIn(3_600_000) });
  store.signIn(before, 'demo');
  const client = createStaffSocket(store, 'agt_1', { WebSocket: FakeWebSocket });
  client.start();
  await connected(FakeWebSocket.last, before);

  // This tab changed the password: the session holds the token that came back, the server closes the old one's socket.
  const after = fakeJwt({ sub: 'agt_1', name: 'Asha R', exp: expIn(3_600_000) });
  store.signIn(after, 'demo');
  FakeWebSocket.last.receive('auth_failed', { code: 'password-changed', message: 'Your password was reset or changed; sign in again.' });

  await vi.waitFor(() => expect(FakeWebSocket.instances).toHaveLength(2));
  await connected(FakeWebSocket.last, after);
  expect(store.getSnapshot().session?.token).toBe(after);

  // A supervisor resets it: nothing newer in the session, so back to sign-in.
  FakeWebSocket.last.receive('auth_failed', { code: 'password-changed', message: 'Your password was reset or changed; sign in again.' });

  expect(store.getSnapshot()).toMatchObject({ session: null, ended: 'password-changed' });
  client.stop();
});

it('ends the session with the reason the server closed the socket for, or as expired without one', async () => {
  for (const [code, ended] of [
    ['account-disabled', 'account-disabled'],
    ['token-expired', 'expired'],
    ['invalid-token', 'expired'],
  ] as const) {
    const store = new SessionStore(sessionStorage, 'test.staff.socket');
    const token = fakeJwt({ sub: 'agt_1', name: 'Asha', exp: expIn(3_600_000) });
    store.signIn(token, 'demo');
    const client = createStaffSocket(store, 'agt_1', { WebSocket: FakeWebSocket });
    client.start();
    await connected(FakeWebSocket.last, token);

    FakeWebSocket.last.receive('auth_failed', { code, message: 'Refused' });

    expect(store.getSnapshot(), code).toMatchObject({ session: null, ended });
    client.stop();
    FakeWebSocket.reset();
  }
});
