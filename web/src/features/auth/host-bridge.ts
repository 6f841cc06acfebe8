import { applyHostLocale } from '@/lib/i18n';
import type { SessionStore } from './session';

/**
 * How the Zet Pay app hands the customer's token to this page, never through a URL (a query string
 * ends up in logs and Referer headers):
 *  - a WebView or the widget's host calls `window.ZetChat.init({ token, locale? })`;
 *  - a parent window posts `{ type: 'zetpay:session', token, locale? }` (from an allowed origin);
 *  - `locale` ('hi-IN', 'en-IN') is the app's language: the page follows it unless the customer
 *    chose one with the language switch;
 *  - when the token is about to run out, this page asks with `{ type: 'zetpay:session-request' }`
 *    (to the parent frame and to a React Native WebView) and the app answers the same way.
 */

export interface ZetChatApi {
  init(options: { token: string; locale?: string }): boolean;
}

declare global {
  interface Window {
    ZetChat?: Partial<ZetChatApi> & Record<string, unknown>;
    ReactNativeWebView?: { postMessage(message: string): void };
  }
}

const SESSION = 'zetpay:session';
const REQUEST = 'zetpay:session-request';

function trustedOrigins(): string[] {
  const configured = (import.meta.env.VITE_HOST_ORIGINS as string | undefined) ?? '';
  return [window.location.origin, ...configured.split(',').map((o) => o.trim()).filter(Boolean)];
}

/** Installs ZetChat.init and the message listener; returns the uninstall. */
export function installHostBridge(store: SessionStore): () => void {
  const init = ({ token, locale }: { token: string; locale?: string }) => {
    void applyHostLocale(locale);
    return typeof token === 'string' && store.signIn(token, 'host') !== null;
  };
  window.ZetChat = { ...window.ZetChat, init };

  const allowed = trustedOrigins();
  const onMessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (!data || typeof data !== 'object' || (data as { type?: unknown }).type !== SESSION) return;
    // A React Native WebView delivers with an empty origin from the app itself.
    if (event.origin && !allowed.includes(event.origin)) return;
    const { token, locale } = data as { token?: unknown; locale?: unknown };
    void applyHostLocale(locale);
    if (typeof token === 'string') store.signIn(token, 'host');
  };
  window.addEventListener('message', onMessage);
  return () => {
    window.removeEventListener('message', onMessage);
    if (window.ZetChat?.init === init) delete window.ZetChat.init;
  };
}

/** Whether a host app could answer a token request (framed, or inside a React Native WebView). */
export function hasHost(): boolean {
  return window.parent !== window || Boolean(window.ReactNativeWebView);
}

/** Asks the host app for a fresh token; resolves with it, or null after `timeoutMs`. */
export function requestHostToken(store: SessionStore, timeoutMs = 10_000): Promise<string | null> {
  if (!hasHost()) return Promise.resolve(null);
  const before = store.getSnapshot().session?.token ?? null;
  return new Promise((resolve) => {
    const done = (token: string | null) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(token);
    };
    const unsubscribe = store.subscribe(() => {
      const token = store.getSnapshot().session?.token ?? null;
      if (token && token !== before) done(token);
    });
    const timer = setTimeout(() => done(null), timeoutMs);
    const request = { type: REQUEST };
    // The request carries nothing secret; the answer is checked against the allowed origins.
    if (window.parent !== window) window.parent.postMessage(request, '*');
    window.ReactNativeWebView?.postMessage(JSON.stringify(request));
  });
}
