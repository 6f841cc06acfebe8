import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';

/** The customer's rating of a chat or ticket, as staff see it: `rated` false until they give one. */
export type GivenRating = Schemas['Given'];

export const ratingKeys = {
  of: (kind: 'chat' | 'ticket', id: string) => ['agent', 'rating', kind, id] as const,
};

export async function getRating(kind: 'chat' | 'ticket', id: string, signal?: AbortSignal): Promise<GivenRating> {
  return kind === 'chat'
    ? unwrap(api.GET('/api/agents/conversations/{chatId}/rating', { params: { path: { chatId: id } }, signal }))
    : unwrap(api.GET('/api/tickets/{ticketId}/rating', { params: { path: { ticketId: id } }, signal }));
}
