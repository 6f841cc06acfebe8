import type { Schemas } from '@/lib/api/types';

/**
 * The /ws protocol (README, "A live chat"; the server's chat.ServerFrame): every frame is a JSON
 * envelope {type, payload}. Both directions are discriminated unions, so a switch over `type`
 * narrows the payload and a frame the server adds is a compile error until handled here.
 */

/** A stored chat message as the REST API and the socket give it; seq orders it within its chat. */
export type ChatMessage = Schemas['ChatMessageView'] & { id: string; chatId: string; seq: number };

export type ConversationStatus = 'BOT' | 'QUEUED' | 'ASSIGNED' | 'CLOSED' | (string & {});

// ---- client → server ---------------------------------------------------------------------

export type ClientFrame =
  | { type: 'authenticate'; payload: { token: string } }
  | { type: 'reauthenticate'; payload: { token: string } }
  | { type: 'ping'; payload: Record<string, never> }
  | {
      type: 'send_message';
      payload: { chatId: string; text?: string; imageUrl?: string; clientMessageId: string };
    }
  | { type: 'resume'; payload: { chatId: string; afterSeq: number } }
  | { type: 'typing'; payload: { chatId: string; isTyping: boolean } }
  | { type: 'read'; payload: { chatId: string; messageId: string } }
  // Staff only: what they have open (repeated every 30 s; typing carries staff typing) and its end.
  | { type: 'viewing'; payload: { kind: ViewedKind; id: string; typing?: boolean } }
  | { type: 'stopped_viewing'; payload: { kind: ViewedKind; id: string } }
  | CobrowseClientFrame;

/**
 * Co-browsing (decision 0038): the chat's agent asks and watches, the customer answers and sends
 * their page (rrweb events, JSON, cut into chunks), either side ends it.
 */
export type CobrowseClientFrame =
  | { type: 'cobrowse_request'; payload: { chatId: string } }
  | { type: 'cobrowse_respond'; payload: { sessionId: string; accept: boolean } }
  | { type: 'cobrowse_watch'; payload: { sessionId: string } }
  | { type: 'cobrowse_highlight'; payload: { sessionId: string; nodeId: number } }
  /** pageClosed: the customer's page is being left, which ends the session at once (no reconnect grace). */
  | { type: 'cobrowse_end'; payload: { sessionId: string; pageClosed?: boolean } }
  /** The page that shares a session is back after its socket dropped (within the grace). */
  | { type: 'cobrowse_resume'; payload: { sessionId: string } }
  | {
      type: 'cobrowse_events';
      payload: { sessionId: string; seq: number; full: boolean; chunk: number; chunks: number; data: string };
    };

export type CobrowseState = 'REQUESTED' | 'ACTIVE' | 'DECLINED' | 'ENDED';

export interface CobrowseSessionPayload {
  sessionId: string;
  /** Absent only on the asking socket's immediate reply. */
  chatId?: string;
  state: CobrowseState;
  agentId?: string;
  agentName?: string;
  maxDurationSeconds?: number;
  endReason?: string | null;
  endedBy?: 'customer' | 'agent' | null;
  /** True on the asking socket's own reply to cobrowse_request. */
  requested?: boolean;
  /** The customer's page dropped; the session waits reconnectGraceSeconds for it to come back. */
  pageLost?: boolean;
  reconnectGraceSeconds?: number;
}

export type ViewedKind = 'conversation' | 'ticket';

/** A private note as staff receive it (decision 0026): its own sequence, placed after message afterSeq. */
export type ChatNote = Schemas['Note'] & { id: string; chatId: string; noteSeq: number; afterSeq: number };

export interface Viewer {
  agentId: string;
  name: string;
  typing: boolean;
}

// ---- server → client ---------------------------------------------------------------------

export interface AuthFailedPayload {
  /** invalid-token, token-expired, signed-out, account-disabled, rights-changed, password-changed; absent for a late authenticate. */
  code?: string;
  message: string;
}

export interface ErrorPayload {
  message: string;
  /** rate-limited, invalid-frame, unauthenticated, not-found, validation-failed, internal-error … */
  code: string;
  /** The type of the frame that failed. */
  frame?: string;
  chatId?: string;
  clientMessageId?: string;
  /** Seconds, with rate-limited. */
  retryAfter?: number;
}

export type ServerFrame =
  | { type: 'auth_success'; payload: { userId: string; expiresAt: string } }
  | { type: 'auth_failed'; payload: AuthFailedPayload }
  | { type: 'reauthenticated'; payload: { userId: string; expiresAt: string } }
  | { type: 'pong'; payload: Record<string, never> }
  | { type: 'message_ack'; payload: { clientMessageId: string | null; replayed: boolean; message: ChatMessage } }
  | { type: 'resume_complete'; payload: { chatId: string; lastSeq: number } }
  | { type: 'error'; payload: ErrorPayload }
  | { type: 'chat_message'; payload: ChatMessage }
  | {
      type: 'conversation_updated';
      payload: {
        chatId: string;
        status: ConversationStatus;
        assignedAgentId: string | null;
        /** The assigned agent's display name (servers before it sent none). */
        assignedAgentName?: string | null;
        team: string | null;
        lastSeq: number;
      };
    }
  | {
      type: 'queue_update';
      payload: {
        chatId: string;
        /** expectedWaitSeconds is -1 while no agent is online. */
        queue: { position: number; expectedWaitSeconds: number; agentsOnline: number };
      };
    }
  | { type: 'presence'; payload: { userId: string; online: boolean } }
  | { type: 'typing'; payload: { chatId: string; userId: string; name: string; isTyping: boolean } }
  | { type: 'message_read'; payload: { chatId: string; userId: string; upToSeq: number; messageId: string } }
  | { type: 'chat_note'; payload: ChatNote }
  | { type: 'viewers_changed'; payload: { kind: ViewedKind; id: string; viewers: Viewer[] } }
  | { type: 'bot_chat_activity'; payload: { chatId: string; status: ConversationStatus; message: ChatMessage } }
  | { type: 'ticket_updated'; payload: { ticketId: string; number: string; change: string; status: string } }
  | { type: 'agent_load'; payload: { status: 'ONLINE' | 'AWAY' | 'OFFLINE'; active: number; capacity: number } }
  | {
      type: 'mention';
      payload: {
        id: string;
        conversationId: string;
        noteId: string;
        noteSeq: number;
        authorId: string;
        authorName: string;
        excerpt: string;
        mentionedAt: string;
        read: boolean;
      };
    }
  | {
      type: 'ticket_sla_breached';
      payload: {
        ticketId: string;
        number: string;
        target: string;
        due: string;
        assigneeId: string | null;
        team: string | null;
      };
    }
  // To connected supervisors and admins: the whole live view (GET /api/team/live), coalesced.
  | { type: 'live_view'; payload: Schemas['LiveView'] }
  | { type: 'cobrowse_session'; payload: CobrowseSessionPayload }
  | {
      type: 'cobrowse_events';
      payload: { sessionId: string; seq: number; full: boolean; chunk: number; chunks: number; data: string };
    }
  | { type: 'cobrowse_highlight'; payload: { sessionId: string; nodeId: number } }
  | { type: 'cobrowse_resync'; payload: { sessionId: string } };

export type ServerFrameType = ServerFrame['type'];
export type PayloadOf<T extends ServerFrameType> = Extract<ServerFrame, { type: T }>['payload'];

const serverFrameTypes: ReadonlySet<string> = new Set<ServerFrameType>([
  'auth_success',
  'auth_failed',
  'reauthenticated',
  'pong',
  'message_ack',
  'resume_complete',
  'error',
  'chat_message',
  'conversation_updated',
  'queue_update',
  'presence',
  'typing',
  'message_read',
  'chat_note',
  'viewers_changed',
  'bot_chat_activity',
  'ticket_updated',
  'ticket_sla_breached',
  'agent_load',
  'mention',
  'live_view',
  'cobrowse_session',
  'cobrowse_events',
  'cobrowse_highlight',
  'cobrowse_resync',
]);

/** Parses one text frame; null for anything that is not a known {type, payload} envelope. */
export function parseServerFrame(raw: unknown): ServerFrame | null {
  if (typeof raw !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !serverFrameTypes.has(type)) return null;
  return { type, payload: payload && typeof payload === 'object' ? payload : {} } as ServerFrame;
}
