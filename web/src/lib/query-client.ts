import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api/errors';

/**
 * Server state lives in TanStack Query. Retry only what may work the second time (network, 5xx,
 * 429), never a 4xx; do not refetch on every tab focus on a phone; keep help content a while.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => failureCount < 2 && (!isApiError(error) || error.isTransient),
        retryDelay: (attempt, error) =>
          isApiError(error) && error.retryAfter ? error.retryAfter * 1000 : Math.min(1000 * 2 ** attempt, 8000),
      },
      mutations: { retry: false },
    },
  });
}
