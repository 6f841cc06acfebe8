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
    // No live updates on this page: refetch when the customer returns to it, and after a reply.
    staleTime: 5_000,
    refetchOnWindowFocus: true,
  });
}
