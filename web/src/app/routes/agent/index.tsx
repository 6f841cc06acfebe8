import { Navigate, Route, Routes } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { configureApiAuth } from '@/lib/api/client';
import {
  AgentSessionProvider,
  AgentSignInPage,
  deskKeys,
  getDesk,
  InboxPage,
  TicketDetail,
  TicketsPage,
  useAgentSession,
} from '@/features/agent-console';
import { AgentCobrowse } from '@/features/cobrowse';
import { NotFoundRoute } from '../not-found';
import { RequireStaff, StaffFrame, StaffSocket, staffAuth, staffSession } from '../staff';

function Console() {
  const { session } = useAgentSession();
  const desk = useQuery({ queryKey: deskKeys.me, queryFn: ({ signal }) => getDesk(signal) });
  const agentId = session!.userId;
  const teams = desk.data?.teams ?? [];
  return (
    <StaffFrame>
      {(alerts) => (
        <Routes>
          <Route index element={<Navigate to="inbox" replace />} />
          <Route path="inbox/:chatId?" element={<InboxPage agentId={agentId} alerts={alerts} agentTools={(chatId) => <AgentCobrowse key={chatId} chatId={chatId} />} />} />
          <Route path="tickets" element={<TicketsPage agentId={agentId} teams={teams} />} />
          <Route path="tickets/:ticketId" element={<TicketDetail agentId={agentId} teams={teams} />} />
          <Route path="*" element={<NotFoundRoute home="/agent" />} />
        </Routes>
      )}
    </StaffFrame>
  );
}

/** /agent: the agent console's routes, a chunk of their own. */
export default function AgentRoutes() {
  // During render, not in an effect: children's queries start before a parent's effects run.
  configureApiAuth(staffAuth);
  return (
    <AgentSessionProvider store={staffSession}>
      <Routes>
        <Route path="sign-in" element={<AgentSignInPage />} />
        <Route
          path="*"
          element={
            <RequireStaff>
              <StaffSocket>
                <Console />
              </StaffSocket>
            </RequireStaff>
          }
        />
      </Routes>
    </AgentSessionProvider>
  );
}
