/**
 * Messages written but not yet acknowledged, in the order they were written, kept in localStorage
 * so a reload or a phone that slept does not lose them. Each has its clientMessageId from the
 * start: sending it twice is harmless, the server answers a repeat with the first message.
 */

export type PendingState = 'queued' | 'sending' | 'failed';

export interface PendingMessage {
  clientMessageId: string;
  chatId: string;
  text?: string;
  imageUrl?: string;
  /** ms since epoch, when written. */
  createdAt: number;
  state: PendingState;
  /** Why the server refused it (state failed). */
  error?: { code: string; message: string };
}

const VERSION = 1;

export class Outbox {
  private items: readonly PendingMessage[];

  constructor(
    private readonly storage: Storage | null,
    private readonly key: string,
  ) {
    this.items = this.load();
  }

  list(): readonly PendingMessage[] {
    return this.items;
  }

  get(clientMessageId: string): PendingMessage | undefined {
    return this.items.find((item) => item.clientMessageId === clientMessageId);
  }

  add(item: PendingMessage) {
    this.write([...this.items, item]);
  }

  /** Sets the state of one message (and clears its error unless it failed). */
  mark(clientMessageId: string, state: PendingState, error?: PendingMessage['error']) {
    this.write(
      this.items.map((item) =>
        item.clientMessageId === clientMessageId ? { ...item, state, error: state === 'failed' ? error : undefined } : item,
      ),
    );
  }

  /** After a dropped connection, what was in flight is queued again (in its place). */
  requeueSending() {
    if (this.items.some((item) => item.state === 'sending')) {
      this.write(this.items.map((item) => (item.state === 'sending' ? { ...item, state: 'queued' as const } : item)));
    }
  }

  /** Acknowledged (or given up): gone from the outbox. Returns whether it was there. */
  remove(clientMessageId: string): boolean {
    const next = this.items.filter((item) => item.clientMessageId !== clientMessageId);
    if (next.length === this.items.length) return false;
    this.write(next);
    return true;
  }

  private write(items: readonly PendingMessage[]) {
    this.items = items;
    if (!this.storage) return;
    try {
      if (items.length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify({ v: VERSION, items }));
    } catch {
      // Full or forbidden (private mode): the queue still works for this page's life.
    }
  }

  private load(): readonly PendingMessage[] {
    if (!this.storage) return [];
    try {
      const raw = this.storage.getItem(this.key);
      if (!raw) return [];
      const parsed = JSON.parse(raw) as { v?: number; items?: unknown };
      if (parsed.v !== VERSION || !Array.isArray(parsed.items)) return [];
      return parsed.items.filter(isPendingMessage).map((item) =>
        // Whatever was on its way when the page went away was not acknowledged: send it again.
        item.state === 'sending' ? { ...item, state: 'queued' as const } : item,
      );
    } catch {
      return [];
    }
  }
}

function isPendingMessage(value: unknown): value is PendingMessage {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.clientMessageId === 'string' &&
    typeof v.chatId === 'string' &&
    typeof v.createdAt === 'number' &&
    (v.state === 'queued' || v.state === 'sending' || v.state === 'failed') &&
    (typeof v.text === 'string' || typeof v.imageUrl === 'string')
  );
}
