import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';

export type Mention = Schemas['Mention'] & { id: string; conversationId: string; noteId: string };
export interface MentionList {
  mentions: Mention[];
  unread: number;
}

export const mentionKeys = { unread: ['agent', 'mentions', 'unread'] as const };

/** GET /api/agents/me/mentions: the private notes that named this agent and are unread, newest first. */
export async function getMentions(signal?: AbortSignal): Promise<MentionList> {
  const list = await unwrap(api.GET('/api/agents/me/mentions', { params: { query: { unread: true } }, signal }));
  return { mentions: (list.mentions ?? []) as Mention[], unread: Number(list.unread ?? 0) };
}

/** POST /api/agents/me/mentions/{id}/read. */
export async function markMentionRead(mentionId: string): Promise<void> {
  await unwrap(api.POST('/api/agents/me/mentions/{mentionId}/read', { params: { path: { mentionId } } }));
}

/** POST /api/agents/me/mentions/read: every mention read. */
export async function markAllMentionsRead(): Promise<void> {
  await unwrap(api.POST('/api/agents/me/mentions/read', {}));
}
