import { useQueryClient } from '@tanstack/react-query';
import { useOnSocketReopen, useSocketConnection, useSocketEvent } from '@/lib/socket';
import { ticketKeys } from '../api/keys';

/**
 * Keeps an open ticket current while the customer looks at it: the server sends `ticket_updated`
 * to every socket of the ticket's owner (on any node) when an agent replies or changes it, and the
 * page refetches the ticket then. Frames missed while disconnected are caught up by refetching on
 * every (re)connection. Renders nothing; needs the customer's SocketProvider above it.
 */
export function TicketLiveUpdates({ ticketId, number }: { ticketId: string; number?: string }) {
  const queryClient = useQueryClient();
  useSocketConnection();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) });
    void queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
  };
  useSocketEvent('ticket_updated', (payload) => {
    if (payload.ticketId === ticketId || (number && payload.number === number)) refresh();
  });
  useOnSocketReopen(refresh);
  return null;
}
