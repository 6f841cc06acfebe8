import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ticketKeys } from './keys';
import type { CreateTicketRequest, Ticket } from './types';

/** POST /api/support/tickets/create (answers 201 with the new ticket). */
export function createTicket(body: CreateTicketRequest): Promise<Ticket> {
  return unwrap(api.POST('/api/support/tickets/create', { body }));
}

export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTicket,
    onSuccess: (ticket) => {
      if (ticket.id) queryClient.setQueryData(ticketKeys.detail(ticket.id), ticket);
      void queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
    },
  });
}
