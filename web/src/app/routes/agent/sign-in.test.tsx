import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { json, stubFetch } from '@/testing/fetch';
import { expIn, fakeJwt } from '@/testing/jwt';
import { renderRoute } from '@/testing/render';
import { SessionStore } from '@/features/auth/session';
import { AgentSessionProvider, AgentSignInPage, safeAgentPath } from '@/features/agent-console';

afterEach(() => vi.unstubAllGlobals());

function renderSignIn(store: SessionStore, at = '/agent/sign-in?next=%2Fagent%2Finbox%2Fcnv_1') {
  return renderRoute(
    <AgentSessionProvider store={store}>
      <AgentSignInPage />
    </AgentSessionProvider>,
    { path: '/agent/sign-in', at },
  );
}

it('signs in and goes back where the agent was', async () => {
  const token = fakeJwt({ sub: 'agt_asha', name: 'Asha', exp: expIn(3_600_000) });
  const { calls } = stubFetch({ 'POST /api/auth/login': () => json({ token, agent: { name: 'Asha' }, expiresAt: new Date(Date.now() + 3_600_000).toISOString() }) });
  const store = new SessionStore(sessionStorage, 'test.agent');
  renderSignIn(store);
  await userEvent.type(screen.getByLabelText('Work email'), 'asha@demo.zetpay.app');
  await userEvent.type(screen.getByLabelText('Password'), 'demo-agent-pass');
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
  await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/agent/inbox/cnv_1'));
  expect(calls[0]!.body).toEqual({ email: 'asha@demo.zetpay.app', password: 'demo-agent-pass' });
  expect(store.getSnapshot().session?.userId).toBe('agt_asha');
});

it('says when the password is wrong', async () => {
  stubFetch({ 'POST /api/auth/login': () => json({ status: 401, title: 'Unauthorized', code: 'bad-credentials' }, 401) });
  renderSignIn(new SessionStore(sessionStorage, 'test.agent'));
  await userEvent.type(screen.getByLabelText('Work email'), 'asha@demo.zetpay.app');
  await userEvent.type(screen.getByLabelText('Password'), 'nope');
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
  expect(await screen.findByText('That email and password do not match an account.')).toBeInTheDocument();
});

it('follows only console paths after sign-in', () => {
  expect(safeAgentPath('/agent/tickets')).toBe('/agent/tickets');
  expect(safeAgentPath('https://evil.example/agent')).toBe('/agent');
  expect(safeAgentPath('/admin/reports?from=2026-12-01')).toBe('/admin/reports?from=2026-12-01');
  expect(safeAgentPath('/administrator')).toBe('/agent');
  expect(safeAgentPath('//evil.example/agent')).toBe('/agent');
  expect(safeAgentPath('/support')).toBe('/agent');
  expect(safeAgentPath(null)).toBe('/agent');
});
