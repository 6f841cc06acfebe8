import { useTranslation } from 'react-i18next';
import { languageFromLocale, type AppLanguage } from '@/lib/i18n/language';

/**
 * The language the help centre answers in: the customer's language switch. Sent as `locale` on
 * every help-centre call, so an article with a published Hindi version comes back in Hindi (and
 * its `locale` says which language it came in); part of every query key, so switching refetches.
 */
export function useHelpLocale(): AppLanguage {
  const { i18n } = useTranslation();
  return languageFromLocale(i18n.language) ?? 'en';
}
