import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { namespaces, resources } from './resources';
import { intlLocaleFor, languageFromLocale, localeFromUrl, preferredLanguage, saveLanguage, savedLanguage, type AppLanguage } from './language';

export { LANGUAGES, type AppLanguage } from './language';

/** The Intl locale for a UI language: Indian English and Hindi format numbers and dates the Indian way. */
export function intlLocale(language: string = i18n.language): string {
  return intlLocaleFor(language);
}

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  ns: namespaces,
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  initAsync: false, // resources are bundled: ready before the first render
});

if (typeof document !== 'undefined') {
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
}

let hindi: Promise<void> | undefined;

/** Adds a language's strings (Hindi is its own chunk, fetched once); English is always there. */
export function loadLanguage(language: AppLanguage): Promise<void> {
  if (language === 'en') return Promise.resolve();
  hindi ??= import('./hi')
    .then(({ hi }) => {
      for (const [ns, bundle] of Object.entries(hi)) i18n.addResourceBundle('hi', ns, bundle, true, true);
    })
    .catch((error: unknown) => {
      hindi = undefined; // a flaky network: the next switch tries again
      throw error;
    });
  return hindi;
}

async function apply(language: AppLanguage): Promise<void> {
  await loadLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/** The language switch: applies and remembers the customer's choice. */
export async function setLanguage(language: AppLanguage): Promise<void> {
  saveLanguage(language);
  await apply(language);
}

/** A locale from the host app (ZetChat.init, the session message): followed unless the customer chose. */
export async function applyHostLocale(locale: unknown): Promise<void> {
  const language = languageFromLocale(locale);
  if (language && !savedLanguage()) await apply(language);
}

/**
 * The customer side's starting language (saved choice, ?locale= from the app, the browser), loaded
 * before /support renders so a Hindi reader never sees English first. Falls back to English when
 * the Hindi chunk cannot be fetched.
 */
export function prepareCustomerLanguage(): Promise<void> {
  return apply(preferredLanguage({ host: localeFromUrl() })).catch(() => undefined);
}

/** The consoles are English (their namespaces have no Hindi). */
export function englishForStaff(): Promise<void> {
  return apply('en');
}

export { i18n };
