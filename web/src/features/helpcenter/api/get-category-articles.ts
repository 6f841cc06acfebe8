import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { helpKeys } from './query-keys';
import { useHelpLocale } from './locale';
import type { ArticleHit } from './search-articles';

/** GET /api/support/faqs?category=: a category's published articles. */
export function getCategoryArticles(category: string, locale: string, signal?: AbortSignal): Promise<ArticleHit[]> {
  return unwrap(api.GET('/api/support/faqs', { params: { query: { category, limit: 50, locale } }, signal }));
}

export function useCategoryArticles(category: string) {
  const locale = useHelpLocale();
  return useQuery({ queryKey: helpKeys.category(category, locale), queryFn: ({ signal }) => getCategoryArticles(category, locale, signal) });
}
