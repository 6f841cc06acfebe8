import { describe, expect, it } from 'vitest';
import { insertMention, triggerAt } from './composer-triggers';

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
