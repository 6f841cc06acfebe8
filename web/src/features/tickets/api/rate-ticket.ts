import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Rating, RatingRequest } from './types';

/** POST /api/support/tickets/{ticketId}/rating: once, for a resolved or closed ticket. */
export function rateTicket(ticketId: string, body: RatingRequest): Promise<Rating> {
  return unwrap(api.POST('/api/support/tickets/{ticketId}/rating', { params: { path: { ticketId } }, body }));
}

export function useRateTicket(ticketId: string) {
  return useMutation({ mutationFn: (body: RatingRequest) => rateTicket(ticketId, body) });
}
