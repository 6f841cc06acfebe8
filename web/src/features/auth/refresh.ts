import { demoSignIn } from './api/dev-token';
import { requestHostToken } from './host-bridge';
import { customerSession, type Session } from './session';

/**
 * A fresh token for the current customer before theirs runs out: the demo asks the dev endpoint
 * again, the host app is asked through the bridge. Null when none could be had.
 */
export async function refreshCustomerToken(session: Session | null = customerSession.getSnapshot().session): Promise<string | null> {
  if (!session) return null;
  if (session.source === 'demo') {
    const renewed = await demoSignIn({ userId: session.userId, ...(session.name ? { name: session.name } : {}) });
    return renewed.token;
  }
  return requestHostToken(customerSession);
}
