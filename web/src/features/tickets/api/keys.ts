/** Query keys of the tickets feature, so mutations invalidate exactly what they changed. */
export const ticketKeys = {
  all: ['tickets'] as const,
  lists: () => [...ticketKeys.all, 'list'] as const,
  detail: (ticketId: string) => [...ticketKeys.all, 'detail', ticketId] as const,
};

export const transactionKeys = {
  recent: ['payments', 'transactions', 'recent'] as const,
};
