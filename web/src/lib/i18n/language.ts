/**
 * Which language the customer side speaks, shared by the app (i18next) and the widget (i18n-lite):
 * plain functions, no i18n library, so the widget carries none of i18next.
 */
export const LANGUAGES = ['en', 'hi'] as const;
export type AppLanguage = (typeof LANGUAGES)[number];

/** localStorage key of the customer's own choice; it outranks everything else. */
export const LANGUAGE_KEY = 'zetpay.language';

/** 'hi', 'hi-IN', 'HI_in' → 'hi'; 'en-IN' → 'en'; anything else → null. */
export function languageFromLocale(locale: unknown): AppLanguage | null {
  if (typeof locale !== 'string') return null;
  const base = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as AppLanguage) : null;
}

export function savedLanguage(): AppLanguage | null {
  try {
    return languageFromLocale(localStorage.getItem(LANGUAGE_KEY));
  } catch {
    return null; // storage blocked (a WebView without DOM storage, Safari private mode)
  }
}

export function saveLanguage(language: AppLanguage): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not remembered, still switched: the choice lasts for this page.
  }
}

/**
 * The language to start in: (1) the customer's saved choice, (2) the locale the host app passed,
 * (3) the browser's first English or Hindi preference, (4) English. A phone set to
 * ['en-IN', 'hi-IN'] reads English: the customer put it first.
 */
export function preferredLanguage({
  saved = savedLanguage(),
  host,
  browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
}: { saved?: AppLanguage | null; host?: string | null; browser?: readonly string[] } = {}): AppLanguage {
  if (saved) return saved;
  const fromHost = languageFromLocale(host);
  if (fromHost) return fromHost;
  for (const locale of browser) {
    const language = languageFromLocale(locale);
    if (language) return language;
  }
  return 'en';
}

/** The locale a host app put in the page's URL (?locale=hi-IN or ?lang=hi), if any. */
export function localeFromUrl(search: string = typeof location === 'undefined' ? '' : location.search): string | null {
  const params = new URLSearchParams(search);
  return params.get('locale') ?? params.get('lang');
}

/** The Intl locale for a UI language: Indian English and Hindi format numbers and dates the Indian way. */
export function intlLocaleFor(language: string): string {
  return language.startsWith('hi') ? 'hi-IN' : 'en-IN';
}
