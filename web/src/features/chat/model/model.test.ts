import { describe, expect, it } from 'vitest';
import { parseRichText, parseInline, safeLink } from './rich-text';
import { checkImage, MAX_IMAGE_BYTES } from './images';
import { splitQuickReplies } from './transaction-choice';
import { contextFromSearch } from './context';

describe('rich text', () => {
  it('reads the bot’s greeting: paragraphs, bullets and article links to the help centre', () => {
    const blocks = parseRichText(
      'Hi, I’m the Zet Pay Assistant.\n\nThese may help:\n• Are there fees? (/api/support/faqs/fees-on-upi)\n• Refunds',
    );
    expect(blocks[0]).toEqual({ kind: 'paragraph', children: [{ kind: 'text', text: 'Hi, I’m the Zet Pay Assistant.' }] });
    expect(blocks[1]).toEqual({ kind: 'paragraph', children: [{ kind: 'text', text: 'These may help:' }] });
    expect(blocks[2]).toMatchObject({ kind: 'list' });
    const first = (blocks[2] as { items: unknown[][] }).items[0];
    expect(first).toEqual([{ kind: 'link', text: 'Are there fees?', href: '/support/articles/fees-on-upi', external: false }]);
    expect(parseInline('Read more: /api/support/faqs/refund-times')).toEqual([
      { kind: 'text', text: 'Read more: ' },
      { kind: 'link', text: 'refund times', href: '/support/articles/refund-times', external: false },
    ]);
  });

  it('links the article pages the bot names now (/support/articles/<slug>), in the app or from the widget', () => {
    const blocks = parseRichText('These may help:\n• Are there fees? (/support/articles/fees-on-upi)\n\nRead more: /support/articles/refund-times\n\nDid that solve it?');
    expect((blocks[1] as { items: unknown[][] }).items[0]).toEqual([{ kind: 'link', text: 'Are there fees?', href: '/support/articles/fees-on-upi', external: false }]);
    expect(blocks[2]).toEqual({
      kind: 'paragraph',
      children: [
        { kind: 'text', text: 'Read more: ' },
        { kind: 'link', text: 'refund times', href: '/support/articles/refund-times', external: false },
      ],
    });
    expect(parseInline('Read more: /support/articles/refund-times', { appBase: 'https://support.zetpay.app' })).toEqual([
      { kind: 'text', text: 'Read more: ' },
      { kind: 'link', text: 'refund times', href: 'https://support.zetpay.app/support/articles/refund-times', external: true },
    ]);
  });

  it('makes **bold** bold and http(s) links external; never a javascript: or data: link', () => {
    expect(parseInline('**Refund** in 3 days')).toEqual([
      { kind: 'bold', children: [{ kind: 'text', text: 'Refund' }] },
      { kind: 'text', text: ' in 3 days' },
    ]);
    expect(parseInline('see https://zetpay.app/help.')).toEqual([
      { kind: 'text', text: 'see ' },
      { kind: 'link', text: 'https://zetpay.app/help', href: 'https://zetpay.app/help', external: true },
      { kind: 'text', text: '.' },
    ]);
    expect(parseInline('[click](javascript:alert(1))').every((n) => n.kind === 'text')).toBe(true);
    expect(safeLink('data:text/html,<script>')).toBeNull();
    expect(safeLink('//evil.example/x')).toBeNull();
    expect(safeLink('/api/support/faqs/refunds', { appBase: 'https://support.zetpay.app' })).toEqual({
      href: 'https://support.zetpay.app/support/articles/refunds',
      external: true,
    });
  });

  it('keeps markup in messages as text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)>' }]);
  });
});

describe('image check', () => {
  it('takes JPEG, PNG and GIF up to 5 MB', () => {
    expect(checkImage({ type: 'image/jpeg', size: 1000 })).toBeNull();
    expect(checkImage({ type: 'image/gif', size: MAX_IMAGE_BYTES })).toBeNull();
    expect(checkImage({ type: 'image/png', size: MAX_IMAGE_BYTES + 1 })).toBe('size');
    expect(checkImage({ type: 'image/webp', size: 10 })).toBe('type');
    expect(checkImage({ type: 'image/svg+xml', size: 10 })).toBe('type');
    expect(checkImage({ type: 'image/png', size: 0 })).toBe('empty');
  });
});

describe('quick replies', () => {
  it('tells payments to pick (reply is a transaction id) from buttons that send their label', () => {
    const { picks, buttons } = splitQuickReplies([
      { label: '₹4,533.71 to bmt@okaxis · success', reply: 'DEMOB8C1DF00' },
      { label: "It's not in this list", reply: "It's not in this list" },
      { label: 'Talk to a person', reply: 'Talk to a person' },
    ]);
    expect(picks).toEqual([{ label: '₹4,533.71 to bmt@okaxis · success', reply: 'DEMOB8C1DF00' }]);
    expect(buttons.map((b) => b.reply)).toEqual(["It's not in this list", 'Talk to a person']);
  });
});

describe('chat context', () => {
  it('takes screen, errorCode and transactionId from the query, nothing odd', () => {
    expect(contextFromSearch('?screen=upi_payment&errorCode=U30&transactionId=TXN1&evil=1')).toEqual({
      screen: 'upi_payment',
      errorCode: 'U30',
      transactionId: 'TXN1',
    });
    expect(contextFromSearch('?screen=<script>')).toEqual({});
  });
});
