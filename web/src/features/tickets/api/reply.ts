import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ticketKeys } from './keys';
import type { ReplyRequest, TicketEntry } from './types';

/** POST /api/support/tickets/{ticketId}/reply: a public reply; a reply to a resolved ticket reopens it. */
export function replyToTicket(ticketId: string, body: ReplyRequest): Promise<TicketEntry> {
  return unwrap(api.POST('/api/support/tickets/{ticketId}/reply', { params: { path: { ticketId } }, body }));
}

export function useReplyToTicket(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReplyRequest) => replyToTicket(ticketId, body),
    // The reply may have moved the ticket (reopened, back to the agent): fetch it again.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.lists() }),
      ]),
  });
}
