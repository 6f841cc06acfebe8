import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';
import { helpKeys } from './query-keys';

export type Article = Schemas['Page'];

/** GET /api/support/faqs/{slug}: a published article, its Markdown rendered to safe HTML by the server. */
export function getArticle(slug: string, signal?: AbortSignal): Promise<Article> {
  return unwrap(api.GET('/api/support/faqs/{slug}', { params: { path: { slug } }, signal }));
}

export function useArticle(slug: string) {
  return useQuery({ queryKey: helpKeys.article(slug), queryFn: ({ signal }) => getArticle(slug, signal), staleTime: 5 * 60_000 });
}
