import { useEffect, useMemo, type ReactNode } from 'react';
import { SocketProvider } from '@/lib/socket/use-socket';
import { useSession } from '@/features/auth';
import { createCustomerSocket } from '../../customer-socket';

/**
 * Provides the signed-in customer's socket client to the pages under it (one client per customer;
 * it connects only while a page calls useSocketConnection). Wrap the lazily loaded routes that
 * need it (chat, tickets) so the socket code stays out of the hub's first download.
 */
export function CustomerSocketProvider({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const userId = session?.userId ?? null;
  const client = useMemo(() => (userId ? createCustomerSocket(userId) : null), [userId]);
  useEffect(() => () => client?.stop(), [client]);
  return client ? <SocketProvider client={client}>{children}</SocketProvider> : children;
}
