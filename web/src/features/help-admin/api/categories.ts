import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { helpAdminKeys } from './query-keys';

/**
 * The categories in their set order (the same list customers browse), named in a language when
 * asked (`hi`: the Hindi name where one is saved, else the English one).
 */
export function useCategories(locale?: 'hi') {
  return useQuery({
    queryKey: locale ? [...helpAdminKeys.categories(), locale] : helpAdminKeys.categories(),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/support/faqs/categories', { params: { query: { locale: locale ?? 'en' } }, signal })).then((all) =>
        [...all].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)),
      ),
    staleTime: 5 * 60_000,
  });
}
