import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { namespaces, resources } from './resources';

export type AppLanguage = keyof typeof resources;

/** The Intl locale for a UI language: Indian English and Hindi format numbers and dates the Indian way. */
export function intlLocale(language: string = i18n.language): string {
  return language.startsWith('hi') ? 'hi-IN' : 'en-IN';
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

export { i18n };
