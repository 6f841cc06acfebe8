import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../hooks/use-session';
import { signInPath } from '../next-path';

/** Pages that need a signed-in customer (chat, tickets): without one, to sign-in and back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return children;
}
