import { socketUrl } from '@/config/env';
import { SocketClient } from '@/lib/socket/client';
import type { AgentSessionStore } from '@/features/agent-console';

/** The agent's socket: the agent session's token; a refused token ends the session (back to sign-in). */
export function createAgentSocket(store: AgentSessionStore, userId: string): SocketClient {
  return new SocketClient({
    url: socketUrl,
    getToken: () => store.token(),
    onAuthFailed: () => store.expire(),
    outboxKey: `zetpay.outbox.agent.${userId}`,
  });
}
