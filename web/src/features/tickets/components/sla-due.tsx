import { useTranslation } from 'react-i18next';
import { Clock, Hourglass, TriangleAlert } from 'lucide-react';
import { useNow } from '@/hooks/use-now';
import { formatIst, formatRelative } from '@/lib/format';
import { cn } from '@/lib/utils/cn';
import type { Ticket } from '../api/types';
import { slaSummary } from '../lib/sla';

/**
 * "Reply expected in 3 hr" / "Overdue, we are on it" / "Waiting for your reply", with the due time
 * in IST as its tooltip. Nothing for a resolved or closed ticket.
 */
export function SlaDue({ ticket, className }: { ticket: Pick<Ticket, 'status' | 'sla'>; className?: string }) {
  const { t } = useTranslation('tickets');
  const now = useNow();
  const summary = slaSummary(ticket, now);
  if (!summary) return null;

  if (summary.kind === 'paused') {
    return (
      <span className={cn('inline-flex items-center gap-1.5 text-sm text-warning', className)}>
        <Hourglass aria-hidden className="size-4 shrink-0" />
        {t('sla.paused')}
      </span>
    );
  }

  const text = summary.overdue
    ? t(summary.kind === 'reply' ? 'sla.replyOverdue' : 'sla.resolutionOverdue')
    : t(summary.kind === 'reply' ? 'sla.reply' : 'sla.resolution', { time: formatRelative(summary.due, { now }) });
  const Icon = summary.overdue ? TriangleAlert : Clock;
  return (
    <time
      dateTime={new Date(summary.due).toISOString()}
      title={t('sla.dueAt', { time: formatIst(summary.due) })}
      className={cn(
        'inline-flex items-center gap-1.5 text-sm tabular-nums',
        summary.overdue ? 'font-medium text-danger' : 'text-fg-muted',
        className,
      )}
    >
      <Icon aria-hidden className="size-4 shrink-0" />
      {text}
    </time>
  );
}
