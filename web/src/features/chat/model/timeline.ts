import type { ChatMessage } from '@/lib/socket/frames';
import type { PendingMessage } from '@/lib/socket/outbox';

export type Sender = 'customer' | 'bot' | 'agent' | 'system';

export function senderOf(message: Pick<ChatMessage, 'senderRole' | 'type'>): Sender {
  switch (message.senderRole) {
    case 'CUSTOMER':
      return 'customer';
    case 'BOT':
      return 'bot';
    case 'AGENT':
      return 'agent';
    default:
      return 'system';
  }
}

export type Delivery = 'sending' | 'queued' | 'failed' | 'sent' | 'seen';

/** An image being uploaded before its message is sent. */
export interface UploadItem {
  id: string;
  preview: string;
  state: 'uploading' | 'failed';
  error?: string;
}

export type TimelineItem =
  | {
      kind: 'message';
      key: string;
      message: ChatMessage;
      sender: Sender;
      /** First of a run of messages from the same sender (shows the name and avatar). */
      first: boolean;
      /** For the customer's last sent message: Sent or Seen. */
      delivery?: Delivery;
    }
  | { kind: 'pending'; key: string; pending: PendingMessage; delivery: Delivery }
  | { kind: 'upload'; key: string; upload: UploadItem };

/**
 * What the thread shows: the stored messages in seq order, then what the customer sent that the
 * server has not acknowledged yet (from the socket's outbox; one that is already stored is shown
 * once, as stored), then images still uploading.
 */
export function buildTimeline(
  messages: readonly ChatMessage[],
  outbox: readonly PendingMessage[],
  uploads: readonly UploadItem[],
  { chatId, readUpToSeq, online = true }: { chatId: string; readUpToSeq: number; online?: boolean },
): TimelineItem[] {
  const stored = new Set(messages.map((m) => m.clientMessageId).filter(Boolean));
  const items: TimelineItem[] = [];
  let previous: Sender | null = null;
  let previousName: string | undefined;
  let lastMine = -1;
  for (const message of messages) {
    const sender = senderOf(message);
    const first = sender !== previous || (sender === 'agent' && message.senderName !== previousName);
    items.push({ kind: 'message', key: message.id, message, sender, first });
    if (sender === 'customer') lastMine = items.length - 1;
    previous = sender;
    previousName = message.senderName;
  }
  const pending = outbox.filter((p) => p.chatId === chatId && !stored.has(p.clientMessageId));
  if (lastMine >= 0 && pending.length === 0) {
    const item = items[lastMine];
    if (item?.kind === 'message') {
      const seen = item.message.isRead === true || item.message.seq <= readUpToSeq;
      items[lastMine] = { ...item, delivery: seen ? 'seen' : 'sent' };
    }
  }
  for (const p of pending) {
    items.push({
      kind: 'pending',
      key: p.clientMessageId,
      pending: p,
      // Offline, what was on its way waits too (the socket has not noticed yet).
      delivery: p.state === 'failed' ? 'failed' : p.state === 'sending' && online ? 'sending' : 'queued',
    });
  }
  for (const upload of uploads) items.push({ kind: 'upload', key: upload.id, upload });
  return items;
}

/** The highest seq the other side has read, from the stored flags (history) and message_read frames. */
export function lastSeq(messages: readonly ChatMessage[]): number {
  return messages.length ? messages[messages.length - 1]!.seq : 0;
}
