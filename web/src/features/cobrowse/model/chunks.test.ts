import { describe, expect, it } from 'vitest';
import { Reassembler, toChunks } from './chunks';

describe('toChunks', () => {
  it.each([
    ['a short batch is one chunk', 'abc', 10, ['abc']],
    ['an exact multiple makes full chunks', 'abcdef', 3, ['abc', 'def']],
    ['the rest goes in a last, shorter chunk', 'abcdefg', 3, ['abc', 'def', 'g']],
    ['an empty batch still makes one chunk', '', 3, ['']],
  ])('%s', (_name, json, size, parts) => {
    const chunks = toChunks(7, true, json, size);
    expect(chunks.map((c) => c.data)).toEqual(parts);
    expect(chunks.every((c) => c.seq === 7 && c.full && c.chunks === parts.length)).toBe(true);
    expect(chunks.map((c) => c.chunk)).toEqual(parts.map((_, i) => i));
  });
});

describe('Reassembler', () => {
  it('gives a batch back once its last chunk arrives', () => {
    const r = new Reassembler();
    const [a, b, c] = toChunks(1, true, '[{"type":2}]', 4);
    expect(r.add(a!)).toBeNull();
    expect(r.add(b!)).toBeNull();
    expect(r.add(c!)).toBe('[{"type":2}]');
  });

  it('abandons a batch with a missing chunk and takes the next whole one', () => {
    const r = new Reassembler();
    const first = toChunks(1, true, 'aaaabbbbcccc', 4);
    r.add(first[0]!);
    expect(r.add(first[2]!)).toBeNull();
    expect(r.add(toChunks(2, false, '[]', 4)[0]!)).toBe('[]');
  });

  it('ignores a later chunk without its first', () => {
    const r = new Reassembler();
    expect(r.add(toChunks(3, true, 'aaaabbbb', 4)[1]!)).toBeNull();
  });
});
