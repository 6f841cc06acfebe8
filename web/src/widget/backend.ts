import type { Middleware } from 'openapi-fetch';
import { apiBaseUrl } from '@/config/env';

/** The origin the widget's script came from: its backend, unless init({ baseUrl }) says otherwise. */
export function scriptOrigin(script: HTMLOrSVGScriptElement | null = document.currentScript): string | null {
  const src = script && 'src' in script ? script.src : '';
  if (!src) return null;
  try {
    return new URL(src, document.baseURI).origin;
  } catch {
    return null;
  }
}

export function normaliseBase(url: string): string {
  return new URL(url, document.baseURI).href.replace(/\/+$/, '');
}

/**
 * Sends the typed API client's requests to the widget's backend: the client is built for the page's
 * own origin (the app), and on a host page that origin is someone else's site.
 */
export function backendMiddleware(getBase: () => string): Middleware {
  return {
    async onRequest({ request }) {
      const base = getBase();
      if (!base || base === apiBaseUrl || !request.url.startsWith(apiBaseUrl)) return undefined;
      const url = base + request.url.slice(apiBaseUrl.length);
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.clone().blob();
      return new Request(url, {
        method: request.method,
        headers: request.headers,
        body,
        signal: request.signal,
        credentials: 'omit',
        mode: 'cors',
      });
    },
  };
}

export function socketUrlFor(base: string): string {
  return `${base.replace(/^http/, 'ws')}/ws`;
}
