import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { json, stubFetch } from '@/testing/fetch';
import { expIn, fakeJwt } from '@/testing/jwt';
import { renderRoute } from '@/testing/render';
import { SessionStore } from '@/features/auth/session';
import { AgentSessionProvider, mustChoosePassword } from '@/features/agent-console';
import { RequireStaff } from '../staff';

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

function signedIn(claims: { pwd_change?: boolean }): SessionStore {
  const store = new SessionStore(sessionStorage, 'test.agent.password');
  store.signIn(fakeJwt({ sub: 'agt_new', name: 'New Hire', exp: expIn(3_600_000), ...claims }), 'demo');
  return store;
}

function renderConsole(store: SessionStore) {
  return renderRoute(
    <AgentSessionProvider store={store}>
      <RequireStaff>
        <p>The inbox</p>
      </RequireStaff>
    </AgentSessionProvider>,
    { path: '/agent/*', at: '/agent/inbox' },
  );
}

async function fill(current: string, next: string, again = next) {
  await userEvent.type(screen.getByLabelText('One-time password'), current);
  await userEvent.type(screen.getByLabelText('New password'), next);
  await userEvent.type(screen.getByLabelText('New password again'), again);
  await userEvent.click(screen.getByRole('button', { name: 'Save password' }));
}

it('reads the one-time password flag from the token', () => {
  expect(mustChoosePassword(fakeJwt({ sub: 'a', exp: expIn(60_000), pwd_change: true }))).toBe(true);
  expect(mustChoosePassword(fakeJwt({ sub: 'a', exp: expIn(60_000) }))).toBe(false);
  expect(mustChoosePassword(null)).toBe(false);
});

it('asks for a password of ones own before the console, then shows the console with the new token', async () => {
  const fresh = fakeJwt({ sub: 'agt_new', name: 'New Hire', exp: expIn(3_600_000) });
  const { calls } = stubFetch({
    'POST /api/auth/password': () =>
      json({ token: fresh, tokenType: 'Bearer', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), agent: { name: 'New Hire' }, passwordChangeRequired: false }),
  });
  const store = signedIn({ pwd_change: true });
  renderConsole(store);

  expect(screen.getByRole('heading', { name: 'Choose your password' })).toBeInTheDocument();
  expect(screen.queryByText('The inbox')).not.toBeInTheDocument();
  await fill('Xy7kq2mnPw3rTzv9', 'my-own-password');

  expect(await screen.findByText('The inbox')).toBeInTheDocument();
  expect(calls[0]!.body).toEqual({ currentPassword: 'Xy7kq2mnPw3rTzv9', newPassword: 'my-own-password' });
  expect(store.token()).toBe(fresh);
});

it('checks the two new passwords agree before asking the server', async () => {
  const { calls } = stubFetch({});
  renderConsole(signedIn({ pwd_change: true }));

  await fill('Xy7kq2mnPw3rTzv9', 'my-own-password', 'my-own-passwore');

  expect(await screen.findByText('The two new passwords differ.')).toBeInTheDocument();
  expect(calls).toHaveLength(0);
});

it('shows the servers verdict on the field it names', async () => {
  stubFetch({
    'POST /api/auth/password': () =>
      json(
        { status: 400, code: 'validation-failed', errors: [{ field: 'currentPassword', message: 'is not your current password' }] },
        400,
      ),
  });
  renderConsole(signedIn({ pwd_change: true }));

  await fill('wrong-one-time', 'my-own-password');

  expect(await screen.findByText('is not your current password')).toBeInTheDocument();
  await waitFor(() => expect(screen.getByRole('heading', { name: 'Choose your password' })).toBeInTheDocument());
});

it('lets an account with its own password straight in', () => {
  renderConsole(signedIn({}));
  expect(screen.getByText('The inbox')).toBeInTheDocument();
});
