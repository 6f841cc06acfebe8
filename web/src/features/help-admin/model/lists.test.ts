import { describe, expect, it } from 'vitest';
import { formatList, indexBy, parseList, slugify } from './lists';

describe('article field lists', () => {
  it('parses a comma-separated field without blanks or repeats', () => {
    expect(parseList(' wallet_topup, ,upi_pay,wallet_topup ')).toEqual(['wallet_topup', 'upi_pay']);
    expect(parseList('')).toEqual([]);
    expect(formatList(['a', 'b'])).toBe('a, b');
  });

  it('makes a slug the server accepts from a title', () => {
    expect(slugify('  Why was my UPI payment declined? (U30) ')).toBe('why-was-my-upi-payment-declined-u30');
    expect(slugify('Café refunds')).toBe('cafe-refunds');
  });

  it('indexes articles under each screen they name, keys in order', () => {
    const a = { id: 'a', screens: ['wallet', 'upi'] };
    const b = { id: 'b', screens: ['upi'] };
    expect(indexBy([a, b], (x) => x.screens)).toEqual([
      ['upi', [a, b]],
      ['wallet', [a]],
    ]);
  });
});
