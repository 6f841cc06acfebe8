import type { ChatMessage, PayloadOf } from '@/lib/socket/frames';
import type { Conversation } from '../api/conversations';

/** The inbox tabs. Team: chats assigned to someone else that this agent may see (their teams'; all, for supervisors). */
export type InboxTab = 'mine' | 'team' | 'queue' | 'bot' | 'closed';

export const INBOX_TABS: InboxTab[] = ['mine', 'team', 'queue', 'bot', 'closed'];

/** Which tab a conversation belongs in, for this agent. */
export function tabOf(c: Pick<Conversation, 'status' | 'assignedAgentId'>, agentId: string): InboxTab | null {
  switch (c.status) {
    case 'BOT':
      return 'bot';
    case 'QUEUED':
      return 'queue';
    case 'CLOSED':
      return 'closed';
    case 'ASSIGNED':
      return c.assignedAgentId === agentId ? 'mine' : c.assignedAgentId ? 'team' : null;
    default:
      return null;
  }
}

/** The customer of a conversation: the participant who is not staff, with their name. */
export function customerOf(c: Conversation): { id: string | null; name: string } {
  // The server lists the customer first (chat.internal.SessionViews).
  const names = c.participantNames ?? {};
  const id = c.participants?.[0] ?? null;
  return { id, name: (id && names[id]) || id || '—' };
}

/** Unread for this agent (the server counts per participant). */
export function unreadOf(c: Conversation, agentId: string): number {
  return Number(c.unreadCounts?.[agentId] ?? 0);
}

/** Newest first by last activity; the queue is first in line first. */
export function sortForTab(list: Conversation[], tab: InboxTab): Conversation[] {
  const time = (c: Conversation) => Date.parse(c.lastMessage?.timestamp ?? c.updatedAt ?? c.createdAt ?? '') || 0;
  const sorted = [...list];
  if (tab === 'queue') sorted.sort((a, b) => (a.queue?.position ?? 999) - (b.queue?.position ?? 999) || time(a) - time(b));
  else sorted.sort((a, b) => time(b) - time(a));
  return sorted;
}

/**
 * Applies a message to the inbox list (pure): the row's last message, seq, and unread count move on;
 * a message from the agent themself, or in the open chat, does not count as unread.
 */
export function applyMessage(
  list: Conversation[] | undefined,
  message: ChatMessage,
  { agentId, openChatId }: { agentId: string; openChatId: string | null },
): Conversation[] | undefined {
  if (!list) return list;
  return list.map((c) => {
    if (c.id !== message.chatId || (c.lastSeq ?? 0) >= message.seq) return c;
    const counts = { ...(c.unreadCounts ?? {}) };
    const mine = message.senderId === agentId;
    if (!mine && message.chatId !== openChatId && message.senderRole !== 'SYSTEM') counts[agentId] = (counts[agentId] ?? 0) + 1;
    return { ...c, lastMessage: message, lastSeq: message.seq, updatedAt: message.timestamp ?? c.updatedAt, unreadCounts: counts };
  });
}

/** Applies conversation_updated (pure). Unknown chats are left for a refetch (returns needsRefetch). */
export function applyUpdate(
  list: Conversation[] | undefined,
  update: PayloadOf<'conversation_updated'>,
): { list: Conversation[] | undefined; needsRefetch: boolean } {
  if (!list) return { list, needsRefetch: true };
  const known = list.some((c) => c.id === update.chatId);
  if (!known) return { list, needsRefetch: true };
  return {
    list: list.map((c) =>
      c.id === update.chatId
        ? { ...c, status: update.status, assignedAgentId: update.assignedAgentId ?? undefined, team: update.team ?? undefined }
        : c,
    ),
    needsRefetch: false,
  };
}

/** Clears this agent's unread count for a chat (when it is opened). */
export function markSeen(list: Conversation[] | undefined, chatId: string, agentId: string): Conversation[] | undefined {
  return list?.map((c) => (c.id === chatId && unreadOf(c, agentId) > 0 ? { ...c, unreadCounts: { ...c.unreadCounts, [agentId]: 0 } } : c));
}

/** How long the customer has waited: since the first unanswered customer message, else since the last update. */
export function waitingSince(c: Conversation): string | undefined {
  if (c.lastMessage && c.lastMessage.senderRole === 'CUSTOMER') return c.lastMessage.timestamp;
  if (c.status === 'QUEUED') return c.updatedAt ?? c.createdAt;
  return undefined;
}

/**
 * Priority from the bot's typed handover (its cause and priority, chat.Handover): URGENT and HIGH get
 * a badge; whatever words or language the bot's summary used.
 */
export function priorityOf(c: Pick<Conversation, 'handover'>): 'URGENT' | 'HIGH' | null {
  const priority = c.handover?.priority;
  return priority === 'URGENT' || priority === 'HIGH' ? priority : null;
}

/** Filters on the inbox, kept in the URL (?team=&status=&label=). */
export interface InboxFilters {
  team: string | null;
  /** waiting: the customer wrote last (we owe a reply); replied: we did, the customer owes one. */
  status: 'waiting' | 'replied' | null;
  label: string | null;
}

export const STATUS_FILTERS = ['waiting', 'replied'] as const;

export function filtersFrom(params: URLSearchParams): InboxFilters {
  const status = params.get('status');
  return {
    team: params.get('team') || null,
    status: status === 'waiting' || status === 'replied' ? status : null,
    label: params.get('label') || null,
  };
}

/** The URL's query with one filter changed (null removes it); other parameters are kept. */
export function withFilter(params: URLSearchParams, key: keyof InboxFilters | 'q', value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}

/** The URL's query without any filter (the search and other parameters stay). */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['team', 'status', 'label']) next.delete(key);
  return next;
}

export function isFiltered(filters: InboxFilters): boolean {
  return Boolean(filters.team || filters.status || filters.label);
}

/** The rows that pass every filter set (pure). */
export function applyFilters(rows: Conversation[], filters: InboxFilters): Conversation[] {
  return rows.filter((c) => {
    if (filters.team && c.team !== filters.team) return false;
    if (filters.label && !(c.labels ?? []).includes(filters.label)) return false;
    if (filters.status) {
      const role = c.lastMessage?.senderRole;
      const waiting = role === 'CUSTOMER';
      const replied = role === 'AGENT' || role === 'BOT';
      if (filters.status === 'waiting' ? !waiting : !replied) return false;
    }
    return true;
  });
}
