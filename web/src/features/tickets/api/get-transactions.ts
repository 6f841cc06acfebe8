import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { transactionKeys } from './keys';
import type { Transaction } from './types';

/** As many as the API gives (its maximum): the picker searches them and tickets look theirs up. */
export const RECENT_TRANSACTIONS = 50;

/** GET /api/payments/transactions: my recent payments, newest first. */
export function getRecentTransactions(signal?: AbortSignal): Promise<Transaction[]> {
  return unwrap(api.GET('/api/payments/transactions', { params: { query: { limit: RECENT_TRANSACTIONS } }, signal }));
}

export function useRecentTransactions({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: transactionKeys.recent,
    queryFn: ({ signal }) => getRecentTransactions(signal),
    enabled,
  });
}
