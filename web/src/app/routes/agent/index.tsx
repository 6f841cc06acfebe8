import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { configureApiAuth } from '@/lib/api/client';
import { SocketProvider, useSocketConnection } from '@/lib/socket/use-socket';
import { SessionStore } from '@/features/auth/session';
import {
  AgentSessionProvider,
  AgentShell,
  AgentSignInPage,
  deskKeys,
  getDesk,
  InboxPage,
  ShortcutsHelp,
  TicketDetail,
  TicketsPage,
  useAgentSession,
  useAlerts,
  useShortcuts,
} from '@/features/agent-console';
import { NotFoundRoute } from '../not-found';
import { createAgentSocket } from './agent-socket';

function tabStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

// The agent's own session (its own key): a customer session in the same browser is untouched.
const agentSession = new SessionStore(tabStorage(), 'zetpay.session.agent');
const agentAuth = { getToken: () => agentSession.token(), onUnauthorized: () => agentSession.expire() };

/** Signed in, or to the sign-in page and back here after (drafts stay in sessionStorage meanwhile). */
function RequireAgent({ children }: { children: ReactNode }) {
  const { session } = useAgentSession();
  const location = useLocation();
  if (!session) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/agent/sign-in?next=${next}`} replace />;
  }
  return children;
}

function Console() {
  useSocketConnection();
  const { session } = useAgentSession();
  const alerts = useAlerts();
  const [help, setHelp] = useState(false);
  useShortcuts({ '?': () => setHelp(true) });
  const desk = useQuery({ queryKey: deskKeys.me, queryFn: ({ signal }) => getDesk(signal) });
  const agentId = session!.userId;
  const teams = desk.data?.teams ?? [];
  return (
    <AgentShell alerts={alerts} onHelp={() => setHelp(true)}>
      <Routes>
        <Route index element={<Navigate to="inbox" replace />} />
        <Route path="inbox/:chatId?" element={<InboxPage agentId={agentId} alerts={alerts} />} />
        <Route path="tickets" element={<TicketsPage agentId={agentId} teams={teams} />} />
        <Route path="tickets/:ticketId" element={<TicketDetail agentId={agentId} teams={teams} />} />
        <Route path="*" element={<NotFoundRoute home="/agent" />} />
      </Routes>
      <ShortcutsHelp open={help} onOpenChange={setHelp} />
    </AgentShell>
  );
}

function AgentSocket({ children }: { children: ReactNode }) {
  const { session } = useAgentSession();
  const userId = session?.userId ?? null;
  const client = useMemo(() => (userId ? createAgentSocket(agentSession, userId) : null), [userId]);
  useEffect(() => () => client?.stop(), [client]);
  return client ? <SocketProvider client={client}>{children}</SocketProvider> : null;
}

/** /agent: the agent console's routes, a chunk of their own. */
export default function AgentRoutes() {
  // During render, not in an effect: children's queries start before a parent's effects run.
  configureApiAuth(agentAuth);
  return (
    <AgentSessionProvider store={agentSession}>
      <Routes>
        <Route path="sign-in" element={<AgentSignInPage />} />
        <Route
          path="*"
          element={
            <RequireAgent>
              <AgentSocket>
                <Console />
              </AgentSocket>
            </RequireAgent>
          }
        />
      </Routes>
    </AgentSessionProvider>
  );
}
