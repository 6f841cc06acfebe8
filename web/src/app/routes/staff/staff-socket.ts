import { socketUrl } from '@/config/env';
import { SocketClient, type SocketClientOptions } from '@/lib/socket/client';
import type { AgentSessionStore } from '@/features/agent-console';

/**
 * The staff socket: the staff session's token; a refused token ends the session (back to sign-in).
 * Except after this tab changed the password itself: the server closes the sockets of every earlier
 * token (password-changed), and the session already holds the new one, so the socket connects again.
 */
export function createStaffSocket(
  store: AgentSessionStore,
  userId: string,
  transport: Pick<SocketClientOptions, 'WebSocket'> = {},
): SocketClient {
  let connectedWith: string | null = null;
  const client = new SocketClient({
    url: socketUrl,
    getToken: (reason) => {
      const token = store.token();
      if (reason === 'connect') connectedWith = token;
      return token;
    },
    onAuthFailed: (code) => {
      const current = store.token();
      if (code === 'password-changed' && current && current !== connectedWith) {
        // Not from inside the client's own state change.
        queueMicrotask(() => client.start());
        return;
      }
      // The sign-in page says why when the server gave a reason a person can act on.
      store.expire(code === 'password-changed' || code === 'account-disabled' ? code : 'expired');
    },
    outboxKey: `zetpay.outbox.agent.${userId}`,
    ...transport,
  });
  return client;
}
