// Noto Sans Devanagari, self-hosted, Devanagari subset, body and heading weights: with the strings,
// so only a Hindi reader fetches it (and @font-face's unicode-range fetches it only for Devanagari).
import '@fontsource/noto-sans-devanagari/devanagari-400.css';
import '@fontsource/noto-sans-devanagari/devanagari-600.css';
import auth from '@/locales/hi/auth.json';
import chat from '@/locales/hi/chat.json';
import common from '@/locales/hi/common.json';
import errors from '@/locales/hi/errors.json';
import helpcenter from '@/locales/hi/helpcenter.json';
import tickets from '@/locales/hi/tickets.json';
import type { resources } from './resources';

/** Same keys as the English namespace, any strings: tsc fails when a Hindi key is missing. */
export type Translated<T> = { [K in keyof T]: T[K] extends string ? string : Translated<T[K]> };

/**
 * The customer namespaces in Hindi. Loaded with a dynamic import (lib/i18n loadLanguage), so an
 * English reader's first download never carries them; the Devanagari font comes with them.
 */
export const hi: Translated<(typeof resources)['en']> = { common, errors, auth, helpcenter, tickets, chat };
