import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeWebSocket } from '@/testing/fake-websocket';
import { json, stubFetch } from '@/testing/fetch';
import { expIn, fakeJwt } from '@/testing/jwt';
import { createWidget, type ZetChatWidget } from './main';
import { remToPx, shadowSafeCss } from './shadow-css';
import * as lite from './i18n-lite';
import { translate } from './i18n-lite';
import { i18n } from '@/lib/i18n';

const CHAT = 'cnv_0123456789abcdef0123456789abcdef';
const token = fakeJwt({ sub: 'demo-user-1', name: 'Ravi Kumar', exp: expIn(3_600_000) });
let widget: ZetChatWidget | undefined;
let hostile: HTMLStyleElement;

beforeEach(() => {
  FakeWebSocket.reset();
  vi.stubGlobal('WebSocket', FakeWebSocket);
  // A host page that restyles everything it can reach.
  hostile = document.createElement('style');
  hostile.textContent = 'button { background: hotpink !important; } div, [data-zetchat-container], .zc { color: rgb(255, 0, 0) !important; }';
  document.head.appendChild(hostile);
});
afterEach(() => {
  widget?.destroy();
  widget = undefined;
  hostile.remove();
});

const host = () => document.querySelector<HTMLElement>('zetpay-chat')!;
const shadow = () => within(host().shadowRoot!.querySelector<HTMLElement>('[data-zetchat-container]')!);

describe('the embeddable widget', () => {
  it('mounts a launcher inside a shadow root, with its styles there and not in the page', () => {
    const headStyles = document.head.querySelectorAll('style').length;
    widget = createWidget('https://support.zetpay.test');
    let accepted = false;
    act(() => {
      accepted = widget!.init({ token });
    });
    expect(accepted).toBe(true);
    expect(host().shadowRoot).not.toBeNull();
    const launcher = shadow().getByRole('button', { name: 'Chat with Zet Pay Support' });
    // Nothing of the widget is in the page's DOM or <head>, and no selector of the page's styles
    // reaches into the shadow root (a real browser then leaves the widget alone; jsdom's
    // getComputedStyle does not scope styles by shadow root, so selectors are what is checked).
    expect(document.head.querySelectorAll('style').length).toBe(headStyles);
    const inShadow = (node: Element) => node.getRootNode() === host().shadowRoot;
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules) as CSSStyleRule[]) {
        expect(Array.from(document.querySelectorAll(rule.selectorText)).filter(inShadow)).toEqual([]);
      }
    }
    expect(inShadow(launcher)).toBe(true);
    expect(host().getAttribute('style')).toContain('all: initial !important');
  });

  it('refuses an init without a usable token', () => {
    widget = createWidget('https://support.zetpay.test');
    expect(widget.init({ token: 'nonsense' })).toBe(false);
    expect(document.querySelector('zetpay-chat')).toBeNull();
  });

  it('opens the chat with a context, talking to the backend it came from', async () => {
    const base = 'https://support.zetpay.test';
    const session = { id: CHAT, status: 'BOT', lastSeq: 0, participants: [], participantNames: {}, updatedAt: '2026-12-04T10:00:00Z' };
    const { calls } = stubFetch({
      'GET /api/chat': () => json([]),
      'POST /api/chat/initiate/support': () => json(session),
      [`GET /api/chat/${CHAT}`]: () => json(session),
      [`GET /api/chat/${CHAT}/messages`]: () => json([]),
    });
    widget = createWidget(base);
    act(() => {
      widget!.init({ token, context: { screen: 'checkout', ignored: 'x' } as Record<string, string> });
    });
    expect(calls).toHaveLength(0); // a page view opens no conversation
    act(() => widget!.open({ context: { screen: 'checkout_payment', errorCode: 'U30' } }));
    const dialog = await shadow().findByRole('dialog', { name: 'Chat with Zet Pay Support' });
    await within(dialog).findByRole('textbox', { name: 'Message' });
    expect(calls.every((call) => call.url.origin === base)).toBe(true);
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ context: { screen: 'checkout_payment', errorCode: 'U30', language: 'en' } });
    expect(calls[0]!.headers.get('Authorization')).toBe(`Bearer ${token}`);
    expect(FakeWebSocket.last.url).toBe('wss://support.zetpay.test/ws');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Close chat' }));
    await waitFor(() => expect(shadow().getByRole('button', { name: 'Chat with Zet Pay Support' })).toBeInTheDocument());
  });
});

describe('widget styles and strings', () => {
  it('gives Tailwind’s @property defaults to the elements, since a shadow root ignores @property', () => {
    const css = ':root, :host{--color-primary:red}@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}@property --tw-font{syntax:"*";inherits:true}';
    const out = shadowSafeCss(css);
    expect(out).toContain(':host,.zc{--color-primary:red}');
    expect(out).toContain('*,::before,::after,::backdrop{--tw-shadow:0 0 #0000}');
    expect(out).toContain(':host,.zc{--tw-font:initial}');
  });

  it('writes rem as px, so a page’s own <html> font size cannot scale the widget', () => {
    const css = '.p-4{padding:calc(var(--spacing)*4)}:host,.zc{--spacing:.25rem;--text-sm:0.875rem}.-m-1{margin:-1.5rem}'
      + '.text-\\[0\\.9375rem\\]{font-size:.9375rem}@media (width>=40rem){.sm\\:w-80{width:20rem}}';
    expect(remToPx(css)).toBe('.p-4{padding:calc(var(--spacing)*4)}:host,.zc{--spacing:4px;--text-sm:14px}.-m-1{margin:-24px}'
      + '.text-\\[0\\.9375rem\\]{font-size:15px}@media (width>=640px){.sm\\:w-80{width:320px}}');
    expect(shadowSafeCss(':root, :host{--spacing:.25rem}')).toContain('--spacing:4px');
  });

  it('translates with the app’s strings: namespaces, interpolation and plurals', () => {
    expect(translate('widget.open', {}, 'chat')).toBe('Chat with Zet Pay Support');
    expect(translate('typing', { name: 'Asha' }, 'chat')).toBe('Asha is typing…');
    expect(translate('newMessages', { count: 1 }, 'chat')).toBe('1 new message');
    expect(translate('newMessages', { count: 3 }, 'chat')).toBe('3 new messages');
    expect(translate('errors:codes.rate-limited', { seconds: 5 })).toBe('You are doing that too often. Please wait 5 seconds and try again.');
  });

  it('speaks Hindi when switched (with Hindi plurals), English where a namespace has no Hindi, and tells listeners', async () => {
    const heard: string[] = [];
    const listener = (language: string) => heard.push(language);
    lite.i18n.on('languageChanged', listener);
    try {
      await lite.setLanguage('hi');
      expect(lite.i18n.language).toBe('hi');
      expect(localStorage.getItem('zetpay.language')).toBe('hi');
      expect(translate('widget.open', {}, 'chat')).toBe('Zet Pay सहायता से चैट करें');
      expect(translate('newMessages', { count: 1 }, 'chat')).toBe('1 नया मैसेज');
      expect(translate('newMessages', { count: 3 }, 'chat')).toBe('3 नए मैसेज');
      expect(translate('errors:codes.rate-limited', { seconds: 5 })).toBe('आप यह बहुत बार कर रहे हैं। कृपया 5 सेकंड रुककर फिर से कोशिश करें।');
      expect(translate('list.title', {}, 'tickets')).toBe('My tickets'); // not in the widget's Hindi
      expect(lite.intlLocale()).toBe('hi-IN');
      localStorage.clear();
      await lite.applyHostLocale('en-IN');
      expect(translate('widget.open', {}, 'chat')).toBe('Chat with Zet Pay Support');
      expect(heard).toEqual(['hi', 'en']);
    } finally {
      lite.i18n.off('languageChanged', listener);
      await lite.setLanguage('en');
    }
  });
});

describe('the widget in Hindi', () => {
  it('follows the locale the app passes to init, and its header switch turns it back to English', async () => {
    stubFetch({ 'GET /api/chat': () => json([]) });
    widget = createWidget('https://support.zetpay.test');
    act(() => {
      widget!.init({ token, locale: 'hi-IN' });
    });
    const launcher = await shadow().findByRole('button', { name: 'Zet Pay सहायता से चैट करें' });
    await userEvent.click(launcher);
    const dialog = await shadow().findByRole('dialog', { name: 'Zet Pay सहायता से चैट करें' });
    expect(host().shadowRoot!.querySelector('[lang="hi"]')).not.toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'English' }));
    expect(await within(dialog).findByRole('button', { name: 'Close chat' })).toBeInTheDocument();
    expect(localStorage.getItem('zetpay.language')).toBe('en');
    expect(i18n.language).toBe('en');
  });
});

describe('the widget from the page', () => {
  it('closes on Escape and gives focus back to the launcher', async () => {
    stubFetch({ 'GET /api/chat': () => json([]) });
    widget = createWidget('https://support.zetpay.test');
    act(() => {
      widget!.init({ token });
    });
    await userEvent.click(shadow().getByRole('button', { name: 'Chat with Zet Pay Support' }));
    const dialog = await shadow().findByRole('dialog');
    await userEvent.type(dialog, '{Escape}');
    const launcher = shadow().getByRole('button', { name: 'Chat with Zet Pay Support' });
    await waitFor(() => expect(host().shadowRoot!.activeElement).toBe(launcher));
    expect(launcher).toHaveAttribute('aria-expanded', 'false');
  });
});
