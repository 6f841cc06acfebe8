import { describe, expect, it } from 'vitest';
import { decodeEntities, highlightTerms, parseSnippet } from './highlight';

describe('parseSnippet', () => {
  it('turns the backend marks into segments', () => {
    expect(parseSnippet('a UPI <mark>payment</mark> <mark>fails</mark> after')).toEqual([
      { text: 'a UPI ', marked: false },
      { text: 'payment', marked: true },
      { text: ' ', marked: false },
      { text: 'fails', marked: true },
      { text: ' after', marked: false },
    ]);
  });

  it('decodes escaped text, so a quote reads as a quote and markup stays text', () => {
    expect(parseSnippet('If a refund hasn&#x27;t <mark>reached</mark> you')).toEqual([
      { text: "If a refund hasn't ", marked: false },
      { text: 'reached', marked: true },
      { text: ' you', marked: false },
    ]);
    expect(parseSnippet('&lt;script&gt;alert(1)&lt;/script&gt; <img src=x>')).toEqual([
      { text: '<script>alert(1)</script> <img src=x>', marked: false },
    ]);
  });

  it.each([
    ['&amp;&lt;&gt;&quot;&#39;&#x2F;&#32;', '&<>"\'/ '],
    ['&unknown; &#0; &#xZZ;', '&unknown; &#0; &#xZZ;'],
    ['₹1,250 &amp; more', '₹1,250 & more'],
  ])('decodes %s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe('highlightTerms', () => {
  it('marks whole words and word starts, ignoring case', () => {
    expect(highlightTerms('My UPI payment failed but money was debited', 'upi pay debit')).toEqual([
      { text: 'My ', marked: false },
      { text: 'UPI', marked: true },
      { text: ' ', marked: false },
      { text: 'pay', marked: true },
      { text: 'ment failed but money was ', marked: false },
      { text: 'debit', marked: true },
      { text: 'ed', marked: false },
    ]);
  });

  it('leaves stop words alone', () => {
    expect(highlightTerms('My payment failed but money was debited', 'money deducted but payment failed').filter((s) => s.marked)).toEqual([
      { text: 'payment', marked: true },
      { text: 'failed', marked: true },
      { text: 'money', marked: true },
    ]);
  });

  it('does not mark inside words, one-letter terms, or regex characters as patterns', () => {
    expect(highlightTerms('Display a card', 'play a')).toEqual([{ text: 'Display a card', marked: false }]);
    expect(highlightTerms('Cost (₹) .*', '.* (₹)')).toEqual([{ text: 'Cost (₹) .*', marked: false }]);
  });

  it('handles Hindi text', () => {
    expect(highlightTerms('रिफंड कब आएगा', 'रिफंड')).toEqual([
      { text: 'रिफंड', marked: true },
      { text: ' कब आएगा', marked: false },
    ]);
  });
});
