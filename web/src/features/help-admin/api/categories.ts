import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { helpAdminKeys } from './query-keys';

/** The categories in their set order (the same list customers browse). */
export function useCategories() {
  return useQuery({
    queryKey: helpAdminKeys.categories(),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/support/faqs/categories', { signal })).then((all) =>
        [...all].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)),
      ),
    staleTime: 5 * 60_000,
  });
}
