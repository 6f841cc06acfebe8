import { socketUrl } from '@/config/env';
import { SocketClient } from '@/lib/socket/client';
import type { AgentSessionStore } from '@/features/agent-console';

/** The staff socket: the staff session's token; a refused token ends the session (back to sign-in). */
export function createStaffSocket(store: AgentSessionStore, userId: string): SocketClient {
  return new SocketClient({
    url: socketUrl,
    getToken: () => store.token(),
    onAuthFailed: () => store.expire(),
    outboxKey: `zetpay.outbox.agent.${userId}`,
  });
}
