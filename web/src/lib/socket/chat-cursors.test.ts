import { describe, expect, it } from 'vitest';
import { ChatCursors } from './chat-cursors';
import { backoffDelay } from './backoff';
import { parseServerFrame } from './frames';
import { mergeMessages } from './merge-messages';
import { Outbox } from './outbox';

describe('ChatCursors', () => {
  // Each case: messages arriving in order (seq), which ones are new, and where a resume would start.
  it.each<[string, number, number[], boolean[], number]>([
    ['in order', 0, [1, 2, 3], [true, true, true], 3],
    ['a duplicate', 0, [1, 1, 2], [true, false, true], 2],
    ['from history', 10, [9, 10, 11], [false, false, true], 11],
    ['a gap', 0, [1, 3], [true, true], 1],
    ['a gap filled late', 0, [1, 3, 2, 3], [true, true, true, false], 3],
  ])('%s', (_, afterSeq, seqs, fresh, resumeFrom) => {
    const cursors = new ChatCursors();
    cursors.start('c', afterSeq);
    expect(seqs.map((seq) => cursors.see('c', seq))).toEqual(fresh);
    expect(cursors.resumeFrom('c')).toBe(resumeFrom);
  });

  it('resume_complete closes the gap up to lastSeq', () => {
    const cursors = new ChatCursors();
    cursors.start('c', 0);
    cursors.see('c', 4);
    cursors.complete('c', 3);
    expect(cursors.resumeFrom('c')).toBe(4);
  });

  it('a chat first seen by a live message starts there', () => {
    const cursors = new ChatCursors();
    expect(cursors.see('new', 8)).toBe(true);
    expect(cursors.see('new', 8)).toBe(false);
    expect(cursors.resumeFrom('new')).toBe(8);
  });
});

describe('backoffDelay', () => {
  it('doubles up to the cap, jittered between half and all of each step', () => {
    const top = [0, 1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, () => 1));
    expect(top).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(backoffDelay(3, () => 0)).toBe(4000);
  });
});

describe('parseServerFrame', () => {
  it.each<[string, unknown]>([
    ['{"type":"pong","payload":{}}', { type: 'pong', payload: {} }],
    ['{"type":"pong"}', { type: 'pong', payload: {} }],
    ['{"type":"no_such_frame","payload":{}}', null],
    ['{"payload":{}}', null],
    ['not json', null],
    ['[1,2]', null],
  ])('%s', (raw, frame) => {
    expect(parseServerFrame(raw)).toEqual(frame);
  });
});

describe('mergeMessages', () => {
  it('orders by seq and keeps one per seq, the newest copy', () => {
    const m = (seq: number, text = `m${seq}`) => ({ id: `id${seq}`, chatId: 'c', seq, text });
    expect(mergeMessages([m(1), m(3)], [m(2), m(3, 'edited')])).toEqual([m(1), m(2), m(3, 'edited')]);
  });
});

describe('Outbox', () => {
  it('ignores what it cannot read and treats a stored in-flight message as queued', () => {
    localStorage.setItem('bad', '{not json');
    expect(new Outbox(localStorage, 'bad').list()).toEqual([]);
    localStorage.setItem(
      'k',
      JSON.stringify({
        v: 1,
        items: [
          { clientMessageId: 'a', chatId: 'c', text: 'hi', createdAt: 1, state: 'sending' },
          { clientMessageId: 'b', chatId: 'c', createdAt: 1, state: 'queued' }, // no text or image: dropped
        ],
      }),
    );
    expect(new Outbox(localStorage, 'k').list()).toEqual([{ clientMessageId: 'a', chatId: 'c', text: 'hi', createdAt: 1, state: 'queued' }]);
  });

  it('keeps working in memory when storage throws (private mode, quota)', () => {
    const broken = { getItem: () => null, setItem: () => { throw new Error('quota'); }, removeItem: () => {} } as unknown as Storage;
    const outbox = new Outbox(broken, 'k');
    outbox.add({ clientMessageId: 'a', chatId: 'c', text: 'hi', createdAt: 1, state: 'queued' });
    expect(outbox.list()).toHaveLength(1);
  });
});
