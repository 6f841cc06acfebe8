import { socketUrl } from '@/config/env';
import { SocketClient } from '@/lib/socket/client';
import { customerSession } from '@/features/auth/session';
import { refreshCustomerToken } from '@/features/auth/refresh';

/**
 * The customer's socket: authenticates with the session's token, refreshes it through the session,
 * ends the session when the server refuses it, and keeps its outbox per customer.
 */
export function createCustomerSocket(userId: string): SocketClient {
  return new SocketClient({
    url: socketUrl,
    getToken: (reason) => (reason === 'refresh' ? refreshCustomerToken() : customerSession.token()),
    onAuthFailed: () => customerSession.expire(),
    outboxKey: `zetpay.outbox.${userId}`,
  });
}
