import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';

export type Transaction = Schemas['Transaction'];

/**
 * GET /api/payments/transactions: the customer's latest payments. The bot's transaction choice
 * (quick replies whose reply is a transaction id) is shown from these, with amount, payee, IST time
 * and status, rather than from the short labels alone.
 */
export async function getRecentTransactions(signal?: AbortSignal): Promise<Transaction[]> {
  return unwrap(api.GET('/api/payments/transactions', { params: { query: { limit: 20 } }, signal }));
}
