import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { useNow } from '@/hooks/use-now';
import type { Ticket } from '../api/tickets';
import { formatDuration } from '../model/duration';

/** Time to a due time, signed: "in 2h 5m" / "3h 10m over". */
export function formatDue(dueMs: number, now: number): { text: string; over: boolean } {
  const diff = dueMs - now;
  return { text: formatDuration(Math.abs(diff) / 60_000), over: diff < 0 };
}

/**
 * The ticket's next SLA target: first response until answered, then resolution; paused and met shown as such.
 * Amber within `soonMinutes`, the window the list's "due soon" filter uses.
 */
export function SlaBadge({ ticket, soonMinutes = 60 }: { ticket: Ticket; soonMinutes?: number }) {
  const { t } = useTranslation('agent');
  const now = useNow();
  const sla = ticket.sla;
  if (!sla || ticket.status === 'CLOSED' || ticket.status === 'RESOLVED' || sla.resolvedAt) return <span className="text-xs text-fg-muted">—</span>;
  if (sla.paused) return <Badge>{t('sla.paused')}</Badge>;
  const firstPending = !sla.firstRespondedAt && sla.firstResponseDue;
  const due = firstPending ? sla.firstResponseDue : sla.resolutionDue;
  if (!due) return <span className="text-xs text-fg-muted">—</span>;
  const { text, over } = formatDue(Date.parse(due), now);
  const breached = over || (firstPending ? sla.firstResponseBreached : sla.resolutionBreached);
  const soon = !breached && Date.parse(due) - now < soonMinutes * 60_000;
  return (
    <Badge tone={breached ? 'danger' : soon ? 'warning' : 'neutral'} className="tabular-nums">
      {firstPending ? t('sla.first') : t('sla.resolution')} · {breached ? t('sla.over', { time: text }) : t('sla.in', { time: text })}
    </Badge>
  );
}
