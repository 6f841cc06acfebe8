import type { Ticket } from '../api/types';
import { isActive } from './status';

export type SlaSummary =
  | { kind: 'reply' | 'resolution'; due: string; overdue: boolean }
  | { kind: 'paused' };

/**
 * What the customer waits for next and by when: the first reply until an agent has answered,
 * then the resolution. The clock stops while the ticket waits on the customer. Nothing once the
 * ticket is resolved or closed.
 */
export function slaSummary(ticket: Pick<Ticket, 'status' | 'sla'>, now: number): SlaSummary | null {
  const sla = ticket.sla;
  if (!sla || !isActive(ticket.status)) return null;
  if (sla.paused || ticket.status === 'WAITING_ON_CUSTOMER') return { kind: 'paused' };
  if (!sla.firstRespondedAt && sla.firstResponseDue) {
    return { kind: 'reply', due: sla.firstResponseDue, overdue: sla.firstResponseBreached || Date.parse(sla.firstResponseDue) < now };
  }
  if (sla.resolutionDue) {
    return { kind: 'resolution', due: sla.resolutionDue, overdue: sla.resolutionBreached || Date.parse(sla.resolutionDue) < now };
  }
  return null;
}
