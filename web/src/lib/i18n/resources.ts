import type agent from '@/locales/en/agent.json';
import type cobrowse from '@/locales/en/cobrowse.json';
import type liveView from '@/locales/en/live-view.json';
import type teamAdmin from '@/locales/en/team-admin.json';
import type botAdmin from '@/locales/en/botAdmin.json';
import type helpAdmin from '@/locales/en/helpAdmin.json';
import type reports from '@/locales/en/reports.json';
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

/**
 * Every namespace's keys, for type-checking. The console's namespaces are not in `resources`: their
 * route chunks add them (i18n.addResourceBundle), so a customer's first download never carries them.
 */
export type TypedResources = (typeof resources)['en'] & {
  agent: typeof agent;
  'live-view': typeof liveView;
  'team-admin': typeof teamAdmin;
  helpAdmin: typeof helpAdmin;
  botAdmin: typeof botAdmin;
  reports: typeof reports;
  cobrowse: typeof cobrowse;
};
