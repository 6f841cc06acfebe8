import type { ChatContext } from '../api/chats';

const KEYS = ['screen', 'errorCode', 'transactionId'] as const;

/** The chat's context from a query string (?screen=upi_payment&errorCode=U30&transactionId=…), bounded. */
export function contextFromSearch(search: URLSearchParams | string): ChatContext {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const context: ChatContext = {};
  for (const key of KEYS) {
    const value = params.get(key)?.trim();
    if (value && value.length <= 100 && /^[\w.:@-]+$/.test(value)) context[key] = value;
  }
  return context;
}
