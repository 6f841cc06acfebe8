import type { ChatMessage } from './frames';

/**
 * A sequence with new items merged in: ordered by seqOf, one per seq (a later copy of the same
 * item, e.g. a message with isRead set, replaces the earlier). `existing` must be in order already;
 * it is returned as it is when there is nothing to merge. Pure, for the chat screens' state.
 */
export function mergeBySeq<T>(existing: readonly T[], incoming: readonly T[], seqOf: (item: T) => number): T[] {
  if (incoming.length === 0) return existing as T[];
  const bySeq = new Map<number, T>();
  for (const item of existing) bySeq.set(seqOf(item), item);
  for (const item of incoming) bySeq.set(seqOf(item), item);
  return [...bySeq.values()].sort((a, b) => seqOf(a) - seqOf(b));
}

/** A chat's messages with new ones merged in, by seq. */
export function mergeMessages(existing: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  return mergeBySeq(existing, incoming, (m) => m.seq);
}
