import { useTranslation } from 'react-i18next';
import { Check, Circle } from 'lucide-react';
import { RelativeTime } from '@/components/ui/relative-time';
import { useNow } from '@/hooks/use-now';
import { formatIstDate, formatIstTime } from '@/lib/format';
import { cn } from '@/lib/utils/cn';
import type { Ticket } from '../api/types';
import { buildTimeline, type TimelineStep } from '../lib/timeline';

/**
 * Where the ticket stands as a timeline: each status move with who and when, the current one
 * marked, then what comes next with its date ("Refund expected by 8 Dec").
 */
export function StatusTimeline({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('tickets');
  const now = useNow();
  const steps = buildTimeline(ticket);
  let lastDone = -1;
  steps.forEach((step, index) => {
    if (step.done) lastDone = index;
  });

  function label(step: TimelineStep): string {
    switch (step.kind) {
      case 'raised':
        return step.automatic ? t('timeline.raisedAutomatically') : t('timeline.raised');
      case 'reopened':
        return t('timeline.reopened');
      case 'status':
        return step.status === 'OPEN' ? t('timeline.reopened') : t(`timeline.${step.status}`);
      case 'unknown':
        return t('timeline.changed', { status: step.status });
      case 'expected': {
        // A refund ETA is a banking day; SLA targets are times, shown in IST.
        if (step.what === 'refund') return t('timeline.refundBy', { date: formatIstDate(step.date, { now }) });
        const date = `${formatIstDate(step.date, { now })}, ${formatIstTime(step.date)}`;
        return step.what === 'reply' ? t('timeline.replyBy', { date }) : t('timeline.resolutionBy', { date });
      }
    }
  }

  return (
    <ol className="flex flex-col">
      {steps.map((step, index) => {
        const current = index === lastDone;
        const last = index === steps.length - 1;
        return (
          <li key={index} className="relative flex gap-3 pb-4 last:pb-0" aria-current={current ? 'step' : undefined}>
            {!last && (
              <span
                aria-hidden
                className={cn(
                  'absolute top-6 bottom-0 left-[11px] w-0.5',
                  steps[index + 1]?.done ? 'bg-primary' : 'border-l-2 border-dashed border-border-strong',
                )}
              />
            )}
            <span
              aria-hidden
              className={cn(
                'relative z-10 flex size-6 shrink-0 items-center justify-center rounded-full',
                step.done ? 'bg-primary text-on-primary' : 'border-2 border-border-strong bg-surface text-fg-muted',
                current && 'ring-4 ring-primary-soft',
              )}
            >
              {step.done ? <Check className="size-3.5" /> : <Circle className="size-2" />}
            </span>
            <div className="flex min-w-0 flex-col gap-0.5 pt-0.5">
              <span className={cn('font-medium', !step.done && 'text-fg-muted')}>
                {label(step)}
                {current && <span className="sr-only"> ({t('timeline.current')})</span>}
              </span>
              {step.done ? (
                <span className="text-sm text-fg-muted">
                  {step.at && <RelativeTime value={step.at} />}
                  {step.by && step.kind !== 'raised' && <> · {t('timeline.by', { name: step.by })}</>}
                </span>
              ) : (
                <span className="text-sm text-fg-muted">{t('timeline.expected')}</span>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
