import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';
import { helpKeys } from './query-keys';
import { useHelpLocale } from './locale';

export type ArticleHit = Schemas['Result'];

/** Shorter queries are not sent: one letter matches everything and helps nobody. */
export const MIN_QUERY_LENGTH = 2;

/**
 * GET /api/support/faqs?query=: the hybrid search (BM25 + embeddings), ranked, with <mark> snippets;
 * titles and snippets in `locale` where an article has a published version in it.
 */
export function searchArticles(query: string, locale: string, signal?: AbortSignal): Promise<ArticleHit[]> {
  return unwrap(api.GET('/api/support/faqs', { params: { query: { query, limit: 10, locale } }, signal }));
}

export function searchArticlesOptions(query: string, locale: string) {
  return queryOptions({
    queryKey: helpKeys.search(query, locale),
    // The signal cancels the request when the query changes before it answers (TanStack aborts a
    // query that lost its observers), so a stale answer never lands after a fresh one.
    queryFn: ({ signal }) => searchArticles(query, locale, signal),
    enabled: query.length >= MIN_QUERY_LENGTH,
    staleTime: 5 * 60_000,
    // Keep the last results on screen while the next ones load: no flash of empty.
    placeholderData: keepPreviousData,
  });
}

export function useArticleSearch(query: string) {
  const locale = useHelpLocale();
  return useQuery(searchArticlesOptions(query.trim(), locale));
}
