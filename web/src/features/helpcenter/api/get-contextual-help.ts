import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { helpKeys } from './query-keys';
import type { ArticleHit } from './search-articles';

/** GET /api/support/help?screen=&errorCode=: articles for an app screen and/or an error code, best first. */
export function getContextualHelp(screen: string | null, errorCode: string | null, signal?: AbortSignal): Promise<ArticleHit[]> {
  const query: { screen?: string; errorCode?: string; limit: number } = { limit: 5 };
  if (screen) query.screen = screen;
  if (errorCode) query.errorCode = errorCode;
  return unwrap(api.GET('/api/support/help', { params: { query }, signal }));
}

export function useContextualHelp(screen: string | null, errorCode: string | null) {
  return useQuery({
    queryKey: helpKeys.contextual(screen, errorCode),
    queryFn: ({ signal }) => getContextualHelp(screen, errorCode, signal),
    enabled: Boolean(screen || errorCode),
  });
}
