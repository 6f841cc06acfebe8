import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { helpKeys } from './query-keys';
import { useHelpLocale } from './locale';
import type { ArticleHit } from './search-articles';

/** GET /api/support/help?screen=&errorCode=: articles for an app screen and/or an error code, best first. */
export function getContextualHelp(
  screen: string | null,
  errorCode: string | null,
  locale: string,
  signal?: AbortSignal,
): Promise<ArticleHit[]> {
  const query: { screen?: string; errorCode?: string; limit: number; locale: string } = { limit: 5, locale };
  if (screen) query.screen = screen;
  if (errorCode) query.errorCode = errorCode;
  return unwrap(api.GET('/api/support/help', { params: { query }, signal }));
}

export function useContextualHelp(screen: string | null, errorCode: string | null) {
  const locale = useHelpLocale();
  return useQuery({
    queryKey: helpKeys.contextual(screen, errorCode, locale),
    queryFn: ({ signal }) => getContextualHelp(screen, errorCode, locale, signal),
    enabled: Boolean(screen || errorCode),
  });
}
