import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';
import type { ChatMessage } from '@/lib/socket/frames';

export type ChatSession = Schemas['ChatSessionView'] & { id: string; status: string; lastSeq: number };
export type QueueInfo = Schemas['QueueView'];

/**
 * Where the customer started from, shown to the agent and used by the bot (screen, errorCode,
 * transactionId), and the language the page is in ('en' or 'hi'), which the bot answers in.
 */
export interface ChatContext {
  screen?: string;
  errorCode?: string;
  transactionId?: string;
  language?: string;
}

export const chatKeys = {
  all: ['chat'] as const,
  list: () => ['chat', 'list'] as const,
  session: (chatId: string) => ['chat', 'session', chatId] as const,
  history: (chatId: string) => ['chat', 'history', chatId] as const,
  transactions: () => ['chat', 'transactions'] as const,
  image: (url: string) => ['chat', 'image', url] as const,
};

/** GET /api/chat: the customer's chats (the open one first to look for). */
export async function listChats(signal?: AbortSignal): Promise<ChatSession[]> {
  return (await unwrap(api.GET('/api/chat', { signal }))) as ChatSession[];
}

/** GET /api/chat/{chatId}: status, queue place, the agent's name (participantNames). */
export async function getChat(chatId: string, signal?: AbortSignal): Promise<ChatSession> {
  return (await unwrap(api.GET('/api/chat/{chatId}', { params: { path: { chatId } }, signal }))) as ChatSession;
}

/**
 * POST /api/chat/initiate/support: opens a support chat with where the customer came from, or
 * gives back the one already open (a customer has one at a time).
 */
export async function initiateChat(context: ChatContext = {}): Promise<ChatSession> {
  const clean = Object.fromEntries(Object.entries(context).filter(([, v]) => typeof v === 'string' && v.trim()));
  return (await unwrap(
    api.POST('/api/chat/initiate/{recipientId}', {
      params: { path: { recipientId: 'support' } },
      body: Object.keys(clean).length ? { context: clean } : {},
    }),
  )) as ChatSession;
}

/** The open chat among the customer's, else a new one with this context. */
export async function openOrResumeChat(context: ChatContext = {}): Promise<ChatSession> {
  const chats = await listChats();
  const open = chats
    .filter((chat) => chat.status !== 'CLOSED')
    .sort((a, b) => Date.parse(b.updatedAt ?? '') - Date.parse(a.updatedAt ?? ''))[0];
  return open ?? initiateChat(context);
}

export interface HistoryQuery {
  limit?: number;
  beforeSeq?: number;
  afterSeq?: number;
}

/** GET /api/chat/{chatId}/messages: the newest `limit` (before beforeSeq), or those after afterSeq; oldest first. */
export async function getMessages(chatId: string, query: HistoryQuery = {}, signal?: AbortSignal): Promise<ChatMessage[]> {
  const messages = await unwrap(
    api.GET('/api/chat/{chatId}/messages', { params: { path: { chatId }, query: { limit: 50, ...query } }, signal }),
  );
  return messages as ChatMessage[];
}

/** PUT /api/chat/{chatId}/language: the customer switched the page's language; the bot follows from the next message. */
export async function setChatLanguage(chatId: string, language: string): Promise<ChatSession> {
  return (await unwrap(
    api.PUT('/api/chat/{chatId}/language', { params: { path: { chatId } }, body: { language } }),
  )) as ChatSession;
}

/** POST /api/chat/{chatId}/close: the customer ends the chat. */
export async function closeChat(chatId: string): Promise<ChatSession> {
  return (await unwrap(api.POST('/api/chat/{chatId}/close', { params: { path: { chatId } } }))) as ChatSession;
}

/** POST /api/support/chats/{chatId}/rating: CSAT for an ended chat, once (409 already-rated after). */
export async function rateChat(chatId: string, rating: number, comment?: string) {
  return unwrap(
    api.POST('/api/support/chats/{chatId}/rating', {
      params: { path: { chatId } },
      body: { rating, ...(comment?.trim() ? { comment: comment.trim() } : {}) },
    }),
  );
}
