import type { ChatMessage, ChatNote } from '@/lib/socket/frames';

/** Messages and notes in timeline order: each note after the message it followed (afterSeq), notes by noteSeq. */
export function interleave(messages: readonly ChatMessage[], notes: readonly ChatNote[]): Array<ChatMessage | ChatNote> {
  const out: Array<ChatMessage | ChatNote> = [];
  let next = 0;
  const sorted = [...notes].sort((a, b) => a.afterSeq - b.afterSeq || a.noteSeq - b.noteSeq);
  for (const m of messages) {
    for (; next < sorted.length && sorted[next]!.afterSeq < m.seq; next++) out.push(sorted[next]!);
    out.push(m);
  }
  return out.concat(sorted.slice(next));
}
