import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { helpKeys } from './query-keys';
import type { ArticleHit } from './search-articles';

/** GET /api/support/faqs?category=: a category's published articles. */
export function getCategoryArticles(category: string, signal?: AbortSignal): Promise<ArticleHit[]> {
  return unwrap(api.GET('/api/support/faqs', { params: { query: { category, limit: 50 } }, signal }));
}

export function useCategoryArticles(category: string) {
  return useQuery({ queryKey: helpKeys.category(category), queryFn: ({ signal }) => getCategoryArticles(category, signal) });
}
