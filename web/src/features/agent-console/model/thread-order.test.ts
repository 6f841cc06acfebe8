import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatNote } from '@/lib/socket/frames';
import { interleave } from './thread-order';

describe('interleave', () => {
  const m = (seq: number) => ({ id: `m${seq}`, chatId: 'c', seq }) as ChatMessage;
  const n = (noteSeq: number, afterSeq: number) => ({ id: `n${noteSeq}`, chatId: 'c', noteSeq, afterSeq, text: '' }) as ChatNote;
  const ids = (list: Array<{ id?: string }>) => list.map((e) => e.id);

  it('puts each note after the message it followed, notes in their own order', () => {
    expect(ids(interleave([m(1), m(2), m(3)], [n(2, 1), n(1, 1), n(3, 3)]))).toEqual(['m1', 'n1', 'n2', 'm2', 'm3', 'n3']);
  });

  it('keeps notes written before the first message shown first, and notes with no messages', () => {
    expect(ids(interleave([m(5)], [n(1, 0)]))).toEqual(['n1', 'm5']);
    expect(ids(interleave([], [n(1, 0)]))).toEqual(['n1']);
  });
});
