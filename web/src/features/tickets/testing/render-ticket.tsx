import type { ReactElement } from 'react';
import { SocketClient } from '@/lib/socket/client';
import { SocketProvider } from '@/lib/socket/use-socket';
import { FakeWebSocket } from '@/testing/fake-websocket';
import { renderRoute } from '@/testing/render';

/**
 * Renders a ticket route as the app does, under the customer's socket: a client on a FakeWebSocket
 * the test may play the server on (FakeWebSocket.last), or leave unopened. Tests call
 * flushDelayedStops() after cleanup, so the delayed stop does not outlive them.
 */
export function renderTicketRoute(element: ReactElement, options: Parameters<typeof renderRoute>[1]) {
  FakeWebSocket.reset();
  const client = new SocketClient({ url: 'ws://test/ws', getToken: () => 't', WebSocket: FakeWebSocket, storage: null, heartbeatMs: 3_600_000 });
  const view = renderRoute(<SocketProvider client={client}>{element}</SocketProvider>, options);
  return { ...view, client };
}
