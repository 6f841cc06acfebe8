import type { ChatMessage } from './frames';

/**
 * A chat's messages with new ones merged in: ordered by seq, one per seq (a later copy of the same
 * message, e.g. with isRead set, replaces the earlier). Pure, for the chat screens' state.
 */
export function mergeMessages(existing: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  if (incoming.length === 0) return existing as ChatMessage[];
  const bySeq = new Map<number, ChatMessage>();
  for (const message of existing) bySeq.set(message.seq, message);
  for (const message of incoming) bySeq.set(message.seq, message);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}
