import type { Ticket } from '../api/types';
import { isActive, isTicketStatus, type TicketStatus } from './status';

export type TimelineStep =
  | { kind: 'raised'; automatic: boolean; at?: string; by?: string; done: true }
  | { kind: 'reopened'; at?: string; by?: string; done: true }
  | { kind: 'status'; status: TicketStatus; at?: string; by?: string; done: true }
  | { kind: 'unknown'; status: string; at?: string; by?: string; done: true }
  | { kind: 'expected'; what: 'reply' | 'resolution' | 'refund'; date: string; done: false };

/**
 * The ticket's way so far, from its status history (customers get status moves only), then what
 * comes next with its date: the first reply or the resolution due, and a refund's ETA.
 */
export function buildTimeline(ticket: Ticket): TimelineStep[] {
  const automatic = ticket.source === 'PAYMENT_EVENT';
  const moves = (ticket.history ?? [])
    .filter((entry) => entry.field === 'status' && entry.to)
    .sort((a, b) => Date.parse(a.at ?? '') - Date.parse(b.at ?? ''));

  const steps: TimelineStep[] = [];
  for (const move of moves) {
    const to = move.to!;
    if (to === 'OPEN') {
      steps.push(
        steps.length === 0 && !move.from
          ? { kind: 'raised', automatic, at: move.at, by: move.by, done: true }
          : { kind: 'reopened', at: move.at, by: move.by, done: true },
      );
    } else if (isTicketStatus(to)) {
      steps.push({ kind: 'status', status: to, at: move.at, by: move.by, done: true });
    } else {
      steps.push({ kind: 'unknown', status: to, at: move.at, by: move.by, done: true });
    }
  }
  // A list item (or an old ticket) without history still starts somewhere.
  if (steps[0]?.kind !== 'raised') steps.unshift({ kind: 'raised', automatic, at: ticket.createdAt, done: true });

  if (isActive(ticket.status)) {
    const sla = ticket.sla;
    if (sla && !sla.paused && ticket.status !== 'WAITING_ON_CUSTOMER') {
      if (!sla.firstRespondedAt && sla.firstResponseDue) {
        steps.push({ kind: 'expected', what: 'reply', date: sla.firstResponseDue, done: false });
      } else if (sla.resolutionDue) {
        steps.push({ kind: 'expected', what: 'resolution', date: sla.resolutionDue, done: false });
      }
    }
    if (ticket.refundEta) steps.push({ kind: 'expected', what: 'refund', date: ticket.refundEta, done: false });
  }
  return steps;
}
