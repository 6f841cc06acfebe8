import auth from '@/locales/en/auth.json';
import chat from '@/locales/en/chat.json';
import common from '@/locales/en/common.json';
import errors from '@/locales/en/errors.json';
import helpcenter from '@/locales/en/helpcenter.json';
import tickets from '@/locales/en/tickets.json';

/** English is the source language; Hindi (`src/locales/hi`) follows with the same keys. */
export const resources = {
  en: { common, errors, auth, helpcenter, tickets, chat },
} as const;

export const namespaces = Object.keys(resources.en) as Array<keyof (typeof resources)['en']>;
