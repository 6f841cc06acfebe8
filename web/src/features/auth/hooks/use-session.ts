import { useSyncExternalStore } from 'react';
import { customerSession, type SessionSnapshot } from '../session';

/** The customer session and, when there is none any more, why. */
export function useSession(): SessionSnapshot {
  return useSyncExternalStore(customerSession.subscribe, customerSession.getSnapshot, customerSession.getSnapshot);
}
