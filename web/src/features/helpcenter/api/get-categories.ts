import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';
import { helpKeys } from './query-keys';
import { useHelpLocale } from './locale';

export type Category = Schemas['Category'];

/** GET /api/support/faqs/categories, in their admin-set order, named in `locale` where they have a name in it. */
export function getCategories(locale: string, signal?: AbortSignal): Promise<Category[]> {
  return unwrap(api.GET('/api/support/faqs/categories', { params: { query: { locale } }, signal })).then((categories) =>
    [...categories].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)),
  );
}

export function useCategories() {
  const locale = useHelpLocale();
  return useQuery(
    queryOptions({ queryKey: helpKeys.categories(locale), queryFn: ({ signal }) => getCategories(locale, signal), staleTime: 10 * 60_000 }),
  );
}
