import { describe, expect, it } from 'vitest';
import { diffStats, lineDiff } from './line-diff';

describe('lineDiff', () => {
  it('keeps equal texts as unchanged lines numbered on both sides', () => {
    expect(lineDiff('a\nb', 'a\nb')).toEqual([
      { kind: 'same', text: 'a', oldLine: 1, newLine: 1 },
      { kind: 'same', text: 'b', oldLine: 2, newLine: 2 },
    ]);
  });

  it('shows a changed line as removed then added, between the lines kept', () => {
    const diff = lineDiff('# Title\nFees are 2%.\nThanks', '# Title\nFees are 1%.\nThanks');
    expect(diff.map((l) => [l.kind, l.text])).toEqual([
      ['same', '# Title'],
      ['removed', 'Fees are 2%.'],
      ['added', 'Fees are 1%.'],
      ['same', 'Thanks'],
    ]);
    expect(diff[2]).toMatchObject({ newLine: 2 });
    expect(diff[1]).toMatchObject({ oldLine: 2 });
  });

  it('finds insertions and deletions anywhere, and counts them', () => {
    const diff = lineDiff('one\ntwo\nthree', 'zero\none\nthree\nfour');
    expect(diff.map((l) => `${l.kind[0]} ${l.text}`)).toEqual(['a zero', 's one', 'r two', 's three', 'a four']);
    expect(diffStats(diff)).toEqual({ added: 2, removed: 1 });
  });

  it('treats an empty text as no lines and Windows line ends like Unix ones', () => {
    expect(lineDiff('', 'x')).toEqual([{ kind: 'added', text: 'x', newLine: 1 }]);
    expect(lineDiff('a\r\nb', 'a\nb').every((l) => l.kind === 'same')).toBe(true);
  });
});
