import type { ReactElement } from 'react';
import { act, render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { SocketClient } from '@/lib/socket/client';
import { SocketProvider } from '@/lib/socket/use-socket';
import type { ChatMessage } from '@/lib/socket/frames';
import { FakeWebSocket } from '@/testing/fake-websocket';
import { expIn, fakeJwt } from '@/testing/jwt';
import { LocationProbe } from '@/testing/render';
import '../i18n';
import type { Conversation } from '../api/conversations';
import { AgentSessionProvider, type AgentSessionStore } from '../hooks/use-agent-session';

export const AGENT = 'agt_asha';
export const CHAT = 'cnv_1';

export function conversation(patch: Partial<Conversation> = {}): Conversation {
  return {
    id: CHAT,
    participants: ['demo-user-1', AGENT],
    participantNames: { 'demo-user-1': 'Ravi Kumar', [AGENT]: 'Asha' },
    status: 'ASSIGNED',
    assignedAgentId: AGENT,
    team: 'payments',
    lastSeq: 1,
    unreadCounts: { [AGENT]: 0 },
    updatedAt: '2026-12-04T10:00:00Z',
    createdAt: '2026-12-04T09:58:00Z',
    ...patch,
  };
}

let seq = 10;
export function message(patch: Partial<ChatMessage> & Pick<ChatMessage, 'senderRole'>): ChatMessage {
  seq += 1;
  const customer = patch.senderRole === 'CUSTOMER';
  return {
    id: `msg_${patch.seq ?? seq}`,
    chatId: CHAT,
    seq: patch.seq ?? seq,
    senderId: customer ? 'demo-user-1' : patch.senderRole === 'BOT' ? 'bot' : AGENT,
    senderName: customer ? 'Ravi Kumar' : patch.senderRole === 'BOT' ? 'Zet Pay Assistant' : 'Asha',
    timestamp: new Date().toISOString(),
    type: 'text',
    ...patch,
  };
}

/** A session store that is always signed in as Asha (the real one is features/auth's SessionStore). */
export function fakeStore(roles: string[] = ['AGENT']): AgentSessionStore & { signedOut: boolean } {
  const token = fakeJwt({ sub: AGENT, name: 'Asha', exp: expIn(3_600_000), roles });
  const snapshot = { session: { token, userId: AGENT, name: 'Asha', expiresAt: Date.now() + 3_600_000 }, ended: null };
  return {
    signedOut: false,
    getSnapshot: () => snapshot,
    subscribe: () => () => {},
    signIn: () => snapshot.session,
    signOut() {
      this.signedOut = true;
    },
    expire() {},
    token: () => token,
  };
}

/** Renders console pages with a socket the test plays the server on, opened and authenticated. */
export async function renderConsole(
  element: ReactElement,
  { path = '/', at = path, roles }: { path?: string; at?: string; roles?: string[] } = {},
) {
  FakeWebSocket.reset();
  const client = new SocketClient({ url: 'ws://test/ws', getToken: () => 't', WebSocket: FakeWebSocket, storage: null, heartbeatMs: 3_600_000 });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <AgentSessionProvider store={fakeStore(roles)}>
        <SocketProvider client={client}>
          <MemoryRouter initialEntries={[at]}>
            <Routes>
              <Route path={path} element={element} />
              <Route path="*" element={null} />
            </Routes>
            <LocationProbe />
          </MemoryRouter>
        </SocketProvider>
      </AgentSessionProvider>
    </QueryClientProvider>,
  );
  client.start();
  const ws = FakeWebSocket.last;
  await act(async () => {
    ws.open();
    await Promise.resolve();
  });
  act(() => ws.receive('auth_success', { userId: AGENT, expiresAt: new Date(Date.now() + 3_600_000).toISOString() }));
  return { ...view, ws, client, queryClient };
}
