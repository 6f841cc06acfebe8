import { describe, expect, it } from 'vitest';
import { interleave } from '../components/thread';
import { insertMention, triggerAt } from './composer-triggers';
import type { ChatMessage, ChatNote } from '@/lib/socket/frames';

describe('triggerAt', () => {
  it.each([
    ['/', 1, 'reply', { kind: 'canned', query: '' }],
    ['/ref', 4, 'reply', { kind: 'canned', query: 'ref' }],
    ['/ref', 2, 'reply', null],
    ['hello /ref', 10, 'reply', null],
    ['/refund now', 11, 'reply', null],
    ['/ref', 4, 'note', null],
    ['ask @pri', 8, 'note', { kind: 'mention', query: 'pri', start: 4 }],
    ['@', 1, 'note', { kind: 'mention', query: '', start: 0 }],
    ['mail a@b', 8, 'note', null],
    ['ask @pri', 8, 'reply', null],
  ] as const)('%j at %i in %s mode', (text, caret, mode, expected) => {
    expect(triggerAt(text, caret, mode)).toEqual(expected);
  });
});

describe('insertMention', () => {
  it('replaces the partial handle and leaves the caret after a space', () => {
    expect(insertMention('ask @pri', 4, 8, 'priya')).toEqual({ text: 'ask @priya ', caret: 11 });
    expect(insertMention('ask @pri about it', 4, 8, 'priya')).toEqual({ text: 'ask @priya about it', caret: 11 });
  });
});

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
