import type { BadgeTone } from '@/components/ui/badge';

export const ticketStatuses = ['OPEN', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export function isTicketStatus(value: string | null | undefined): value is TicketStatus {
  return (ticketStatuses as readonly string[]).includes(value ?? '');
}

/**
 * One colour per status, so a list reads at a glance: open (indigo), being worked on (sky),
 * waiting for the customer (amber: their move), resolved (green), closed (grey).
 */
const tones: Record<TicketStatus, BadgeTone> = {
  OPEN: 'primary',
  IN_PROGRESS: 'info',
  WAITING_ON_CUSTOMER: 'warning',
  RESOLVED: 'success',
  CLOSED: 'neutral',
};

export function ticketStatusTone(status: string | null | undefined): BadgeTone {
  return isTicketStatus(status) ? tones[status] : 'neutral';
}

/** Still being dealt with: not resolved or closed. */
export function isActive(status: string | null | undefined): boolean {
  return status !== 'RESOLVED' && status !== 'CLOSED';
}

/** Resolved or closed: the time to ask how we did. */
export function isDone(status: string | null | undefined): boolean {
  return status === 'RESOLVED' || status === 'CLOSED';
}
