import { act, render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { SocketClient } from '@/lib/socket/client';
import { SocketProvider } from '@/lib/socket/use-socket';
import type { ChatMessage } from '@/lib/socket/frames';
import { FakeWebSocket } from '@/testing/fake-websocket';
import { json, stubFetch } from '@/testing/fetch';
import { ZetChat, type ZetChatProps } from '../components/zet-chat';
import type { ChatSession } from '../api/chats';

export const CHAT = 'cnv_0123456789abcdef0123456789abcdef';

export function session(patch: Partial<ChatSession> = {}): ChatSession {
  return {
    id: CHAT,
    participants: ['demo-user-1', 'support'],
    participantNames: { 'demo-user-1': 'Ravi Kumar', support: 'Zet Pay Support' },
    status: 'BOT',
    lastSeq: 0,
    updatedAt: '2026-12-04T10:00:00Z',
    createdAt: '2026-12-04T10:00:00Z',
    ...patch,
  };
}

let seq = 0;
export function message(patch: Partial<ChatMessage> & Pick<ChatMessage, 'senderRole'>): ChatMessage {
  seq += 1;
  const role = patch.senderRole;
  return {
    id: `msg_${patch.seq ?? seq}`,
    chatId: CHAT,
    seq: patch.seq ?? seq,
    senderId: role === 'CUSTOMER' ? 'demo-user-1' : role === 'BOT' ? 'bot' : role === 'AGENT' ? 'agt_1' : 'support',
    senderName: role === 'CUSTOMER' ? 'Ravi Kumar' : role === 'BOT' ? 'Zet Pay Assistant' : role === 'AGENT' ? 'Asha Rao' : 'Zet Pay Support',
    timestamp: '2026-12-04T10:00:00Z',
    isRead: false,
    type: role === 'SYSTEM' ? 'system' : 'text',
    ...patch,
  };
}

type Routes = Parameters<typeof stubFetch>[0];

/**
 * ZetChat for a test: a fake socket the test plays the server on, stubbed REST (GET /api/chat finds
 * `chat`, its messages are `history`), and the socket opened and authenticated.
 */
export async function renderChat({
  chat = session(),
  history = [],
  routes = {},
  props = {},
  connect = true,
}: { chat?: ChatSession; history?: ChatMessage[]; routes?: Routes; props?: Partial<ZetChatProps>; connect?: boolean } = {}) {
  FakeWebSocket.reset();
  const fetch = stubFetch({
    'GET /api/chat': () => json([chat]),
    [`GET /api/chat/${chat.id}`]: () => json(chat),
    [`GET /api/chat/${chat.id}/messages`]: (call) => (call.url.searchParams.has('afterSeq') ? json([]) : json(history)),
    ...routes,
  });
  const client = new SocketClient({
    url: 'ws://test/ws',
    getToken: () => 'token',
    WebSocket: FakeWebSocket,
    storage: null,
    random: () => 0,
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <SocketProvider client={client}>
        <ZetChat {...props} />
      </SocketProvider>
    </QueryClientProvider>,
  );
  const socket = FakeWebSocket.last;
  if (connect) await openSocket(socket);
  return { ...view, client, socket, queryClient, calls: fetch.calls };
}

export async function openSocket(socket: FakeWebSocket) {
  await act(async () => {
    socket.open();
    await Promise.resolve();
  });
  await act(async () => socket.receive('auth_success', { userId: 'demo-user-1', expiresAt: '2099-01-01T00:00:00Z' }));
}
