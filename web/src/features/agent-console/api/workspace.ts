import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';
import type { ChatNote } from '@/lib/socket/frames';

export type Colleague = Required<Schemas['Colleague']>;
export type PastConversation = Schemas['CustomerConversation'] & { id: string; status: string };

export const workspaceKeys = {
  notes: (chatId: string) => ['agent', 'notes', chatId] as const,
  colleagues: ['agent', 'colleagues'] as const,
  pastConversations: (customerId: string) => ['agent', 'customer', customerId, 'conversations'] as const,
};

/** GET …/notes: a conversation's private notes, oldest first (staff only). */
export async function getNotes(chatId: string, signal?: AbortSignal): Promise<ChatNote[]> {
  return (await unwrap(
    api.GET('/api/agents/conversations/{chatId}/notes', { params: { path: { chatId }, query: { afterNoteSeq: 0, limit: 500 } }, signal }),
  )) as ChatNote[];
}

/** GET /api/agents/colleagues: who I may mention or transfer to, with status and load. */
export async function getColleagues(signal?: AbortSignal): Promise<Colleague[]> {
  return (await unwrap(api.GET('/api/agents/colleagues', { signal }))) as Colleague[];
}

export async function addLabel(chatId: string, label: string): Promise<string[]> {
  const r = await unwrap(api.PUT('/api/agents/conversations/{chatId}/labels/{label}', { params: { path: { chatId, label } } }));
  return ((r as { labels?: string[] }).labels ?? []) as string[];
}

export async function removeLabel(chatId: string, label: string): Promise<string[]> {
  const r = await unwrap(api.DELETE('/api/agents/conversations/{chatId}/labels/{label}', { params: { path: { chatId, label } } }));
  return ((r as { labels?: string[] }).labels ?? []) as string[];
}

/** GET /api/agents/customers/{id}/conversations: theirs that I may see, newest first. */
export async function getPastConversations(customerId: string, signal?: AbortSignal): Promise<PastConversation[]> {
  return (await unwrap(
    api.GET('/api/agents/customers/{customerId}/conversations', { params: { path: { customerId }, query: { limit: 10 } }, signal }),
  )) as PastConversation[];
}

