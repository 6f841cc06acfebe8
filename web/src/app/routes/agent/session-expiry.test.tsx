import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { FakeWebSocket } from '@/testing/fake-websocket';
import { json, stubFetch } from '@/testing/fetch';
import { expIn, fakeJwt } from '@/testing/jwt';
import { renderRoute } from '@/testing/render';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

it('sends an agent whose session ended to sign-in, with the way back and the draft kept', async () => {
  const token = fakeJwt({ sub: 'agt_asha', name: 'Asha', exp: expIn(3_600_000) });
  sessionStorage.setItem(
    'zetpay.session.agent',
    JSON.stringify({ token, userId: 'agt_asha', name: 'Asha', expiresAt: Date.now() + 3_600_000, source: 'demo' }),
  );
  FakeWebSocket.reset();
  vi.stubGlobal('WebSocket', FakeWebSocket);
  const chat = {
    id: 'cnv_1',
    status: 'ASSIGNED',
    assignedAgentId: 'agt_asha',
    participants: ['u1', 'agt_asha'],
    participantNames: { u1: 'Ravi Kumar' },
    lastSeq: 0,
  };
  let expired = false;
  stubFetch({
    'GET /api/chat': () => (expired ? json({ status: 401, title: 'Unauthorized' }, 401) : json([chat])),
    'GET /api/chat/cnv_1': () => json(chat),
    'GET /api/chat/cnv_1/messages': () => json([]),
    'GET /api/agents/queue': () => json([]),
    'GET /api/agents/me': () => json({ agentId: 'agt_asha', availability: 'ONLINE', activeChats: 1, maxConcurrentChats: 4, teams: ['payments'] }),
    'GET /api/agents/customers/u1/transactions': () => json([]),
  });
  const { default: AgentRoutes } = await import('./index');
  const { queryClient } = renderRoute(<AgentRoutes />, { path: '/agent/*', at: '/agent/inbox/cnv_1' });

  await userEvent.type(await screen.findByRole('textbox', { name: 'Reply to the customer' }), 'Your refund is');
  expired = true;
  await queryClient.refetchQueries({ queryKey: ['agent', 'conversations'] });

  await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/agent/sign-in?next=%2Fagent%2Finbox%2Fcnv_1'));
  expect(screen.getByText('Your session ended. Sign in again: your unsent replies are kept.')).toBeInTheDocument();
  expect(sessionStorage.getItem('zetpay.agent.draft.cnv_1')).toBe('Your refund is');
});

it('says why when the server closed the socket because the password was changed or reset', async () => {
  const token = fakeJwt({ sub: 'agt_asha', name: 'Asha', exp: expIn(3_600_000) });
  sessionStorage.setItem(
    'zetpay.session.agent',
    JSON.stringify({ token, userId: 'agt_asha', name: 'Asha', expiresAt: Date.now() + 3_600_000, source: 'demo' }),
  );
  FakeWebSocket.reset();
  vi.stubGlobal('WebSocket', FakeWebSocket);
  stubFetch({
    'GET /api/chat': () => json([]),
    'GET /api/agents/queue': () => json([]),
    'GET /api/agents/me': () => json({ agentId: 'agt_asha', availability: 'ONLINE', activeChats: 0, maxConcurrentChats: 4, teams: ['payments'] }),
  });
  const { default: AgentRoutes } = await import('./index');
  renderRoute(<AgentRoutes />, { path: '/agent/*', at: '/agent/inbox' });

  await waitFor(() => expect(FakeWebSocket.instances.length).toBeGreaterThan(0));
  const socket = FakeWebSocket.last;
  socket.open();
  await waitFor(() => expect(socket.frames('authenticate').at(-1)?.token).toBe(token));
  socket.receive('auth_failed', { code: 'password-changed', message: 'Your password was reset or changed; sign in again.' });

  await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/agent/sign-in'));
  expect(
    screen.getByText('You were signed out because your password was changed or reset. Sign in with the new password: your unsent replies are kept.'),
  ).toBeInTheDocument();
  expect(screen.queryByText('Your session ended. Sign in again: your unsent replies are kept.')).not.toBeInTheDocument();
});
