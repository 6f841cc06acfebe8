import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';
import { helpKeys } from './query-keys';
import { useHelpLocale } from './locale';

export type Article = Schemas['Page'];

/**
 * GET /api/support/faqs/{slug}: a published article, its Markdown rendered to safe HTML by the
 * server; in `locale` when it has a published version in it, else in English (`locale` of the answer).
 */
export function getArticle(slug: string, locale: string, signal?: AbortSignal): Promise<Article> {
  return unwrap(api.GET('/api/support/faqs/{slug}', { params: { path: { slug }, query: { locale } }, signal }));
}

export function useArticle(slug: string) {
  const locale = useHelpLocale();
  return useQuery({
    queryKey: helpKeys.article(slug, locale),
    queryFn: ({ signal }) => getArticle(slug, locale, signal),
    staleTime: 5 * 60_000,
  });
}
