import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';
import type { Priority } from './conversations';

export type Ticket = Schemas['TicketView'] & { id: string };
export type TicketEntry = Schemas['Entry'];
export type TicketPage = { items: Ticket[]; page: number; size: number; total: number; dueSoonMinutes?: number };
export type TicketStatus = 'OPEN' | 'IN_PROGRESS' | 'WAITING_ON_CUSTOMER' | 'RESOLVED' | 'CLOSED';

export const TICKET_STATUSES: TicketStatus[] = ['OPEN', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED'];
export const PRIORITIES: Priority[] = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'];

export interface TicketFilter {
  status?: TicketStatus | '';
  priority?: Priority | '';
  team?: string;
  assignee?: string;
  breached?: boolean;
  dueSoon?: boolean;
  sort?: TicketSort;
  q?: string;
  /** One customer's tickets (the workspace's history). */
  customerId?: string;
  page: number;
  /** PAGE_SIZE unless said. */
  size?: number;
}

/** The list's orders as the URL names them; '' is the default, newest first. */
export type TicketSort = '' | 'oldest' | 'updated' | 'priority' | 'due';
export const TICKET_SORTS: TicketSort[] = ['', 'oldest', 'updated', 'priority', 'due'];

const SORT_QUERY: Record<TicketSort, { sort?: string; direction?: string }> = {
  '': {},
  oldest: { sort: 'CREATED', direction: 'ASC' },
  updated: { sort: 'UPDATED' },
  priority: { sort: 'PRIORITY' },
  due: { sort: 'SLA_DUE' },
};

export function parseTicketSort(value: string | null): TicketSort {
  return TICKET_SORTS.includes(value as TicketSort) ? (value as TicketSort) : '';
}

export const ticketKeys = {
  list: (filter: TicketFilter) => ['agent', 'tickets', filter] as const,
  all: ['agent', 'tickets'] as const,
  one: (id: string) => ['agent', 'ticket', id] as const,
};

export const PAGE_SIZE = 25;

export async function searchTickets(filter: TicketFilter, signal?: AbortSignal): Promise<TicketPage> {
  const query = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.priority ? { priority: filter.priority } : {}),
    ...(filter.team ? { team: filter.team } : {}),
    ...(filter.assignee ? { assignee: filter.assignee } : {}),
    ...(filter.breached ? { breached: true } : {}),
    ...(filter.dueSoon ? { dueSoon: true } : {}),
    ...SORT_QUERY[filter.sort ?? ''],
    ...(filter.q?.trim() ? { q: filter.q.trim() } : {}),
    ...(filter.customerId ? { customerId: filter.customerId } : {}),
    page: filter.page,
    size: filter.size ?? PAGE_SIZE,
  };
  return (await unwrap(api.GET('/api/tickets', { params: { query: query as never }, signal }))) as TicketPage;
}

export async function getTicket(id: string, signal?: AbortSignal): Promise<Ticket> {
  return (await unwrap(api.GET('/api/tickets/{ticketId}', { params: { path: { ticketId: id } }, signal }))) as Ticket;
}

const path = (ticketId: string) => ({ params: { path: { ticketId } } });

export async function replyToTicket(id: string, message: string) {
  return unwrap(api.POST('/api/tickets/{ticketId}/reply', { ...path(id), body: { message } }));
}

export async function addTicketNote(id: string, message: string) {
  return unwrap(api.POST('/api/tickets/{ticketId}/notes', { ...path(id), body: { message } }));
}

export async function setTicketStatus(id: string, status: TicketStatus): Promise<Ticket> {
  return (await unwrap(api.POST('/api/tickets/{ticketId}/status', { ...path(id), body: { status } }))) as Ticket;
}

export async function setTicketPriority(id: string, priority: Priority): Promise<Ticket> {
  return (await unwrap(api.PATCH('/api/tickets/{ticketId}', { ...path(id), body: { priority } }))) as Ticket;
}

/** Replaces the ticket's tags (the server trims and de-duplicates them; the audit trail records the change). */
export async function setTicketTags(id: string, tags: string[]): Promise<Ticket> {
  return (await unwrap(api.PATCH('/api/tickets/{ticketId}', { ...path(id), body: { tags } }))) as Ticket;
}

export async function assignTicket(id: string, target: { assigneeId?: string; team?: string }): Promise<Ticket> {
  return (await unwrap(api.POST('/api/tickets/{ticketId}/assign', { ...path(id), body: target }))) as Ticket;
}

export async function mergeTicket(id: string, intoTicketId: string): Promise<Ticket> {
  return (await unwrap(api.POST('/api/tickets/{ticketId}/merge', { ...path(id), body: { intoTicketId } }))) as Ticket;
}

export async function linkChat(id: string, chatId: string): Promise<Ticket> {
  return (await unwrap(api.POST('/api/tickets/{ticketId}/link-chat', { ...path(id), body: { chatId } }))) as Ticket;
}
