import { Route, Routes } from 'react-router';
import { RequireSession } from '@/features/auth';
import { NewTicketPage, TicketPage, TicketsListPage } from '@/features/tickets';
import { NotFoundRoute } from '../not-found';
import { CustomerSocketProvider } from './customer-socket';

/** Where "Chat with us" goes (features/chat's screen). */
const CHAT_PATH = '/support/chat';

/**
 * /support/tickets/*: the customer's tickets, a lazily loaded chunk of its own (the hub's first
 * load stays small), for a signed-in customer only. The socket client is provided (it connects only
 * while a ticket is open) so a ticket page follows the agent's replies and changes live.
 */
export default function TicketsRoutes() {
  return (
    <RequireSession>
      <CustomerSocketProvider>
        <Routes>
          <Route index element={<TicketsListPage chatPath={CHAT_PATH} />} />
          <Route path="new" element={<NewTicketPage />} />
          <Route path=":ticketId" element={<TicketPage />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Routes>
      </CustomerSocketProvider>
    </RequireSession>
  );
}
