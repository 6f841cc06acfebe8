import { useMemo, useSyncExternalStore } from 'react';
import { resources } from '@/lib/i18n/resources';
import { intlLocaleFor, languageFromLocale, preferredLanguage, saveLanguage, savedLanguage, type AppLanguage } from '@/lib/i18n/language';
import chatHi from '@/locales/hi/chat.json';
import commonHi from '@/locales/hi/common.json';
import errorsHi from '@/locales/hi/errors.json';
import cobrowse from '@/locales/en/cobrowse.json';
import cobrowseHi from '@/locales/hi/cobrowse.json';

export { LANGUAGES, type AppLanguage } from '@/lib/i18n/language';

/**
 * The widget's i18n: the app's own strings (lib/i18n/resources, locales/hi) with the few i18next
 * features the chat uses (namespaces, `ns:key`, {{interpolation}}, _one/_other plurals), in a few
 * hundred bytes instead of i18next's ~14 KB gzipped. vite.widget.config.ts puts it in place of
 * '@/lib/i18n' and 'react-i18next' for the widget build only; the app and the tests use i18next.
 * Unlike lib/i18n it leaves the host page's <html lang> alone (the widget sets lang on its own root).
 *
 * Hindi is bundled, not fetched: the widget is one classic script (an IIFE cannot split chunks),
 * and the three namespaces the chat uses are ~2.7 KB gzipped. Missing Hindi falls back to English.
 */
type Node = { [key: string]: Node | string };
const bundles: Record<AppLanguage, Record<string, Node>> = {
  // Co-browsing's strings too: the widget asks for consent and shows the banner itself (~1 KB).
  en: { ...resources.en, cobrowse } as unknown as Record<string, Node>,
  hi: { chat: chatHi, common: commonHi, errors: errorsHi, cobrowse: cobrowseHi } as unknown as Record<string, Node>,
};
const plurals: Record<AppLanguage, Intl.PluralRules> = { en: new Intl.PluralRules('en'), hi: new Intl.PluralRules('hi') };

let language: AppLanguage = 'en';
const listeners = new Set<(language: string) => void>();

function lookup(lang: AppLanguage, ns: string, key: string): string | undefined {
  let node: Node | string | undefined = bundles[lang][ns];
  for (const part of key.split('.')) node = node && typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function find(lang: AppLanguage, ns: string, name: string, count: unknown): string | undefined {
  return (
    (typeof count === 'number'
      ? (lookup(lang, ns, `${name}_${plurals[lang].select(count)}`) ?? lookup(lang, ns, `${name}_other`))
      : undefined) ?? lookup(lang, ns, name)
  );
}

export function translate(key: string, options: Record<string, unknown> = {}, defaultNs = 'common'): string {
  let ns = typeof options.ns === 'string' ? options.ns : defaultNs;
  let name = key;
  const colon = key.indexOf(':');
  if (colon > 0 && bundles.en[key.slice(0, colon)]) {
    ns = key.slice(0, colon);
    name = key.slice(colon + 1);
  }
  const text = find(language, ns, name, options.count) ?? (language === 'en' ? undefined : find('en', ns, name, options.count));
  if (text === undefined) return name;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, variable: string) => String(options[variable] ?? ''));
}

type T = (key: string, options?: Record<string, unknown>) => string;

export const i18n = {
  get language(): string {
    return language;
  },
  isInitialized: true,
  t: ((key, options) => translate(key, options)) as T,
  on(_event: 'languageChanged', listener: (language: string) => void) {
    listeners.add(listener);
  },
  off(_event: 'languageChanged', listener: (language: string) => void) {
    listeners.delete(listener);
  },
};

function apply(next: AppLanguage): Promise<void> {
  if (next !== language) {
    language = next;
    for (const listener of [...listeners]) listener(next);
  }
  return Promise.resolve();
}

export function loadLanguage(_language: AppLanguage): Promise<void> {
  return Promise.resolve();
}

export function setLanguage(next: AppLanguage): Promise<void> {
  saveLanguage(next);
  return apply(next);
}

export function applyHostLocale(locale: unknown): Promise<void> {
  const next = languageFromLocale(locale);
  return next && !savedLanguage() ? apply(next) : Promise.resolve();
}

/** The widget starts in the customer's saved choice, else the browser's; ZetChat.init's locale comes next. */
export function prepareCustomerLanguage(): Promise<void> {
  return apply(preferredLanguage());
}

export function englishForStaff(): Promise<void> {
  return apply('en');
}

export function intlLocale(lang: string = language): string {
  return intlLocaleFor(lang);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const current = () => language;

/** react-i18next's useTranslation, for the widget build: re-renders when the language changes. */
export function useTranslation(ns?: string): { t: T; i18n: typeof i18n } {
  const lang = useSyncExternalStore(subscribe, current, current);
  const t = useMemo<T>(() => (key, options) => translate(key, options, ns ?? 'common'), [ns, lang]);
  return { t, i18n };
}

export const initReactI18next = { type: '3rdParty' as const, init() {} };
