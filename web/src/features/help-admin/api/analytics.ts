import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { helpAdminKeys } from './query-keys';

/** GET /api/admin/help/analytics: top searches, searches with no result or no click, article feedback. */
export function useAnalytics(days: number) {
  return useQuery({
    queryKey: helpAdminKeys.analytics(days),
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/help/analytics', { params: { query: { days } }, signal })),
  });
}
