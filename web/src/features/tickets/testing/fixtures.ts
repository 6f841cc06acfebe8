import type { Ticket, TicketEntry, Transaction } from '../api/types';

// Shaped like the backend's real answers (GET /api/support/tickets/{id} on the embedded default).

export const NOW = Date.parse('2026-12-04T14:09:00Z'); // 4 Dec 2026, 7:39 pm IST

export function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: 'tkt_1',
    number: 'SPT-2026-000001',
    customerId: 'demo-user-1',
    customerName: 'Ravi Kumar',
    issueType: 'UPI payments: Money debited but payment failed',
    description: 'I paid ₹4,104.82 and it failed but the money is gone',
    transactionId: 'DEMO01',
    priority: 'MEDIUM',
    status: 'OPEN',
    source: 'CUSTOMER',
    tags: [],
    sla: {
      firstResponseDue: '2026-12-04T17:09:00Z',
      resolutionDue: '2026-12-10T12:30:00Z',
      paused: false,
      firstResponseBreached: false,
      resolutionBreached: false,
    },
    createdAt: '2026-12-04T13:09:00Z',
    updatedAt: '2026-12-04T14:07:00Z',
    ...overrides,
  };
}

export function entry(overrides: Partial<TicketEntry> = {}): TicketEntry {
  return {
    id: 'tmsg_1',
    authorId: 'agt_1',
    authorName: 'Asha Rao',
    authorRole: 'AGENT',
    visibility: 'PUBLIC',
    body: 'Hi Ravi, we are checking with your bank.',
    createdAt: '2026-12-04T13:30:00Z',
    attachments: [],
    ...overrides,
  };
}

export function detailedTicket(overrides: Partial<Ticket> = {}): Ticket {
  return ticket({
    status: 'IN_PROGRESS',
    sla: {
      firstResponseDue: '2026-12-04T17:09:00Z',
      resolutionDue: '2026-12-10T12:30:00Z',
      firstRespondedAt: '2026-12-04T13:30:00Z',
      paused: false,
      firstResponseBreached: false,
      resolutionBreached: false,
    },
    thread: [
      entry(),
      entry({
        id: 'tmsg_2',
        authorId: 'demo-user-1',
        authorName: 'Ravi Kumar',
        authorRole: 'CUSTOMER',
        body: 'Here is a screenshot',
        createdAt: '2026-12-04T13:40:00Z',
        attachments: [
          {
            id: 'att_2',
            filename: 'screenshot.png',
            contentType: 'image/png',
            size: 245_760,
            url: '/api/support/tickets/tkt_1/attachments/att_2',
          },
        ],
      }),
    ],
    history: [
      { field: 'status', from: undefined, to: 'OPEN', by: 'Ravi Kumar', at: '2026-12-04T13:09:00Z' },
      { field: 'status', from: 'OPEN', to: 'IN_PROGRESS', by: 'Asha Rao', at: '2026-12-04T13:30:00Z' },
    ],
    attachments: [
      {
        id: 'att_1',
        filename: 'bank-statement.pdf',
        contentType: 'application/pdf',
        size: 1_258_291,
        url: '/api/support/tickets/tkt_1/attachments/att_1',
      },
    ],
    ...overrides,
  });
}

export function transaction(overrides: Partial<Transaction> = {}): Transaction {
  return {
    id: 'DEMO01',
    userId: 'demo-user-1',
    amount: 4104.82,
    currency: 'INR',
    method: 'UPI',
    status: 'FAILED',
    debited: true,
    counterparty: 'freshbasket@okhdfc',
    occurredAt: '2026-12-04T05:47:46Z',
    failureReason: 'Beneficiary bank did not respond',
    errorCode: 'U30',
    ...overrides,
  };
}

export const transactions: Transaction[] = [
  transaction({ id: 'DEMO00', amount: 3805.82, status: 'SUCCESS', counterparty: 'cityeb@oksbi', failureReason: undefined, errorCode: undefined, occurredAt: '2026-12-04T11:47:46Z' }),
  transaction(),
  transaction({ id: 'DEMO02', amount: 125000, status: 'SUCCESS', method: 'CARD', counterparty: 'Croma Electronics', failureReason: undefined, errorCode: undefined, occurredAt: '2026-12-03T10:00:00Z' }),
  transaction({ id: 'DEMO03', amount: 1628.63, status: 'REFUNDED', counterparty: 'bmt@okaxis', failureReason: undefined, errorCode: undefined, occurredAt: '2026-12-02T10:00:00Z' }),
];

export function page(items: Ticket[], { page = 0, size = 20, total = items.length } = {}) {
  return { items, page, size, total };
}
