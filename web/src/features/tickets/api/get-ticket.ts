import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ticketKeys } from './keys';
import type { Ticket } from './types';

/** GET /api/support/tickets/{ticketId}: the public thread, status history, SLA due times, files. */
export function getTicket(ticketId: string, signal?: AbortSignal): Promise<Ticket> {
  return unwrap(api.GET('/api/support/tickets/{ticketId}', { params: { path: { ticketId } }, signal }));
}

export function useTicket(ticketId: string) {
  return useQuery({
    queryKey: ticketKeys.detail(ticketId),
    queryFn: ({ signal }) => getTicket(ticketId, signal),
    // Live updates come as socket frames (TicketLiveUpdates); focus refetches cover a page left open without a socket.
    staleTime: 5_000,
    refetchOnWindowFocus: true,
  });
}
