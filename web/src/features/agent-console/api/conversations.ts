import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';
import type { ChatMessage } from '@/lib/socket/frames';

export type Conversation = Schemas['ChatSessionView'] & { id: string; status: string; lastSeq: number };
export type Transaction = Schemas['Transaction'] & { id: string };
export type Priority = 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';
export type Handover = Schemas['Handover'];
export type ClosedPage = Omit<Schemas['ClosedPage'], 'items'> & { items: Conversation[] };
export type SearchHit = Schemas['Found'] & { id: string };
export type SearchPage = Omit<Schemas['SearchPage'], 'items'> & { items: SearchHit[] };

export const conversationKeys = {
  list: ['agent', 'conversations'] as const,
  one: (chatId: string) => ['agent', 'conversation', chatId] as const,
  messages: (chatId: string) => ['agent', 'messages', chatId] as const,
  transactions: (userId: string) => ['agent', 'transactions', userId] as const,
  // Not under list's key: refetching the open chats must not reload every closed page.
  closed: ['agent', 'closed'] as const,
  search: (q: string) => ['agent', 'search', q] as const,
  labels: ['agent', 'labels'] as const,
};

/** GET /api/chat: open chats this agent may see (assigned, team, queued, bot). Closed ones are not listed. */
export async function listConversations(signal?: AbortSignal): Promise<Conversation[]> {
  return (await unwrap(api.GET('/api/chat', { signal }))) as Conversation[];
}

/** GET /api/agents/conversations/closed: the agent's closed chats (supervisors: all), newest first, by cursor. */
export async function listClosed(cursor: string | null, signal?: AbortSignal): Promise<ClosedPage> {
  return (await unwrap(
    api.GET('/api/agents/conversations/closed', { params: { query: { size: 25, ...(cursor ? { cursor } : {}) } }, signal }),
  )) as ClosedPage;
}

/** GET /api/agents/conversations/search: customer name or id, conversation id, message and note text. */
export async function searchConversations(q: string, signal?: AbortSignal): Promise<SearchPage> {
  return (await unwrap(api.GET('/api/agents/conversations/search', { params: { query: { q, size: 20 } }, signal }))) as SearchPage;
}

/** GET /api/agents/labels: labels in use on the chats this agent may see, most used first. */
export async function listLabels(signal?: AbortSignal): Promise<string[]> {
  const labels = await unwrap(api.GET('/api/agents/labels', { signal }));
  return labels.map((l) => l.label ?? '').filter(Boolean);
}

export async function getConversation(chatId: string, signal?: AbortSignal): Promise<Conversation> {
  return (await unwrap(api.GET('/api/chat/{chatId}', { params: { path: { chatId } }, signal }))) as Conversation;
}

/** The newest `limit` messages, oldest first. */
export async function getMessages(chatId: string, signal?: AbortSignal, limit = 100): Promise<ChatMessage[]> {
  return (await unwrap(
    api.GET('/api/chat/{chatId}/messages', { params: { path: { chatId }, query: { limit } }, signal }),
  )) as ChatMessage[];
}

/** POST /api/chat/{id}/close: resolve. The reason goes on record first as a private note (addNote). */
export async function closeConversation(chatId: string): Promise<Conversation> {
  return (await unwrap(api.POST('/api/chat/{chatId}/close', { params: { path: { chatId } } }))) as Conversation;
}

/**
 * POST /api/agents/conversations/{id}/notes: a private note, seen by staff only (never by the
 * customer). The client id makes a retried request store it once.
 */
export async function addNote(chatId: string, text: string, clientNoteId: string = crypto.randomUUID()) {
  return unwrap(
    api.POST('/api/agents/conversations/{chatId}/notes', { params: { path: { chatId } }, body: { text, clientNoteId } }),
  );
}

/** POST /api/chat/{id}/hand-back: give the chat back to the triage bot. */
export async function handBack(chatId: string): Promise<Conversation> {
  return (await unwrap(api.POST('/api/chat/{chatId}/hand-back', { params: { path: { chatId } } }))) as Conversation;
}


/** POST /api/tickets/from-chat/{chatId}: escalate with the transcript. */
export async function convertToTicket(
  chatId: string,
  request: { issueType?: string; priority?: Priority },
): Promise<{ id: string; number?: string }> {
  return (await unwrap(
    api.POST('/api/tickets/from-chat/{chatId}', { params: { path: { chatId } }, body: request }),
  )) as { id: string; number?: string };
}

/** GET /api/agents/customers/{userId}/transactions (audited server-side). */
export async function getCustomerTransactions(userId: string, signal?: AbortSignal): Promise<Transaction[]> {
  return (await unwrap(
    api.GET('/api/agents/customers/{userId}/transactions', { params: { path: { userId }, query: { limit: 10 } }, signal }),
  )) as Transaction[];
}
