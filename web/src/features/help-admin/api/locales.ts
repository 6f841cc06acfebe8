import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';
import { helpAdminKeys } from './query-keys';

export type LocaleState = Schemas['LocaleState'];
export type Coverage = Schemas['Coverage'];
export type TranslationDraft = Schemas['TranslationDraft'];
/** Where an article stands in a language: its version there is missing, a draft, or published. */
export type LocaleStatus = 'MISSING' | 'DRAFT' | 'PUBLISHED';

/** The languages an article may have a version in besides English (the server's ArticleLocales). */
export const TRANSLATED_LOCALES = ['hi'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

export function statusOf(state: LocaleState | undefined): LocaleStatus {
  return !state || state.missing ? 'MISSING' : state.status === 'PUBLISHED' ? 'PUBLISHED' : 'DRAFT';
}

/** GET /api/admin/help/locales/{locale}: every article with its version in that language, or that it has none. */
export function useCoverage(locale: TranslatedLocale) {
  return useQuery({
    queryKey: helpAdminKeys.coverage(locale),
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/help/locales/{locale}', { params: { path: { locale } }, signal })),
  });
}

/** GET /api/admin/help/articles/{id}/locales: English first, then each other language's version or that it is missing. */
export function useLocales(id: string) {
  return useQuery({
    queryKey: helpAdminKeys.locales(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/help/articles/{id}/locales', { params: { path: { id } }, signal })),
  });
}

/** PUT /api/admin/help/articles/{id}/locales/{locale}: a first draft in that language, or a new version of it. */
export function useSaveTranslation(id: string, locale: TranslatedLocale) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (draft: TranslationDraft) =>
      unwrap(api.PUT('/api/admin/help/articles/{id}/locales/{locale}', { params: { path: { id, locale } }, body: draft })),
    onSuccess: (saved) => {
      if (saved.id) {
        client.setQueryData(helpAdminKeys.article(saved.id), saved);
        void client.invalidateQueries({ queryKey: helpAdminKeys.versions(saved.id) });
      }
      void client.invalidateQueries({ queryKey: helpAdminKeys.locales(id) });
      void client.invalidateQueries({ queryKey: helpAdminKeys.coverage(locale) });
    },
  });
}
