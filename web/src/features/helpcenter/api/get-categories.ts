import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';
import { helpKeys } from './query-keys';

export type Category = Schemas['Category'];

/** GET /api/support/faqs/categories, in their admin-set order. */
export function getCategories(signal?: AbortSignal): Promise<Category[]> {
  return unwrap(api.GET('/api/support/faqs/categories', { signal })).then((categories) =>
    [...categories].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)),
  );
}

export function useCategories() {
  return useQuery(queryOptions({ queryKey: helpKeys.categories(), queryFn: ({ signal }) => getCategories(signal), staleTime: 10 * 60_000 }));
}
