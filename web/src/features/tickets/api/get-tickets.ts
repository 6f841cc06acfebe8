import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ticketKeys } from './keys';
import type { TicketPage } from './types';

export const TICKETS_PAGE_SIZE = 20;

/** GET /api/support/tickets: my tickets, newest first, a page at a time. */
export function getTickets(page: number, signal?: AbortSignal): Promise<TicketPage> {
  return unwrap(api.GET('/api/support/tickets', { params: { query: { page, size: TICKETS_PAGE_SIZE } }, signal }));
}

/** The next page's number, when the pages so far do not hold every ticket. */
export function nextPage(last: TicketPage): number | undefined {
  const page = last.page ?? 0;
  const size = last.size ?? TICKETS_PAGE_SIZE;
  return (page + 1) * size < (last.total ?? 0) ? page + 1 : undefined;
}

export function useTickets() {
  return useInfiniteQuery({
    queryKey: ticketKeys.lists(),
    queryFn: ({ pageParam, signal }) => getTickets(pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: nextPage,
    // A ticket moves while the customer is away (an agent replies): look again when they come back.
    staleTime: 10_000,
    refetchOnWindowFocus: true,
  });
}
