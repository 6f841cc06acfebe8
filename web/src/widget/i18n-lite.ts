import { useMemo } from 'react';
import { resources } from '@/lib/i18n/resources';

/**
 * The widget's i18n: the app's own English strings (lib/i18n/resources) with the few i18next
 * features the chat uses (namespaces, `ns:key`, {{interpolation}}, _one/_other plurals), in a few
 * hundred bytes instead of i18next's ~14 KB gzipped. vite.widget.config.ts puts it in place of
 * '@/lib/i18n' and 'react-i18next' for the widget build only; the app and the tests use i18next.
 * Unlike lib/i18n it leaves the host page's <html lang> alone.
 */
type Node = { [key: string]: Node | string };
const bundles = resources.en as unknown as Record<string, Node>;
const plurals = new Intl.PluralRules('en');

function lookup(ns: string, key: string): string | undefined {
  let node: Node | string | undefined = bundles[ns];
  for (const part of key.split('.')) node = node && typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

export function translate(key: string, options: Record<string, unknown> = {}, defaultNs = 'common'): string {
  let ns = typeof options.ns === 'string' ? options.ns : defaultNs;
  let name = key;
  const colon = key.indexOf(':');
  if (colon > 0 && bundles[key.slice(0, colon)]) {
    ns = key.slice(0, colon);
    name = key.slice(colon + 1);
  }
  const count = options.count;
  const text =
    (typeof count === 'number' ? (lookup(ns, `${name}_${plurals.select(count)}`) ?? lookup(ns, `${name}_other`)) : undefined) ??
    lookup(ns, name);
  if (text === undefined) return name;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, variable: string) => String(options[variable] ?? ''));
}

type T = (key: string, options?: Record<string, unknown>) => string;

export const i18n = {
  language: 'en',
  isInitialized: true,
  t: ((key, options) => translate(key, options)) as T,
  on() {},
  off() {},
};

export function intlLocale(language: string = i18n.language): string {
  return language.startsWith('hi') ? 'hi-IN' : 'en-IN';
}

/** react-i18next's useTranslation, for the widget build. */
export function useTranslation(ns?: string): { t: T; i18n: typeof i18n } {
  const t = useMemo<T>(() => (key, options) => translate(key, options, ns ?? 'common'), [ns]);
  return { t, i18n };
}

export const initReactI18next = { type: '3rdParty' as const, init() {} };
