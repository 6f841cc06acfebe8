import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bot, ChevronDown, ChevronUp } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import type { Handover } from '../api/conversations';
import { parseHandover, parseIntents } from '../model/handover';
import { priorityOf } from '../model/inbox';

/**
 * The bot's handover, pinned above the thread: why (its typed cause, in the agent's language) and
 * how urgent, then the note's intents, what it said, the payment, the screen.
 */
export function HandoverSummary({ note, handover }: { note: string | null | undefined; handover?: Handover | null }) {
  const { t } = useTranslation('agent');
  const [open, setOpen] = useState(true);
  const fields = parseHandover(note);
  if (fields.length === 0 && !handover?.cause) return null;
  // A handover from before causes were stored has only the note's own words.
  const reason = handover?.cause ? t(`inboxLive.cause.${handover.cause}`) : fields.find((f) => f.key === 'reason')?.value;
  const priority = priorityOf({ handover: handover ?? undefined });
  return (
    <section aria-label={t('handover.title')} className="border-b border-border bg-primary-soft/60 px-4 py-2.5">
      <button type="button" onClick={() => setOpen((o) => !o)} aria-expanded={open} className="flex w-full items-center gap-2 text-left">
        <Bot aria-hidden className="size-4 shrink-0 text-primary" />
        <span className="font-medium">{t('handover.title')}</span>
        {priority && <Badge tone={priority === 'URGENT' ? 'danger' : 'warning'}>{t(`priority.${priority}`)}</Badge>}
        <span className="min-w-0 flex-1 truncate text-fg-muted">{reason ? `· ${reason}` : ''}</span>
        {open ? <ChevronUp aria-hidden className="size-4 text-fg-muted" /> : <ChevronDown aria-hidden className="size-4 text-fg-muted" />}
      </button>
      {open && (
        <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1.5 text-sm">
          {fields
            .filter((f) => f.key !== 'reason')
            .map((f, i) => (
              <div key={i} className="contents">
                <dt className="text-fg-muted">{t(`handover.field.${f.key}`)}</dt>
                <dd className="min-w-0">
                  {f.key === 'intents' ? (
                    <span className="flex flex-wrap gap-1">
                      {parseIntents(f.value).length === 0
                        ? t('handover.none')
                        : parseIntents(f.value).map((intent) => (
                            <Badge key={intent.name} tone="primary">
                              {intent.name}
                              {intent.confidence != null && <span className="font-normal tabular-nums">{Math.round(intent.confidence * 100)}%</span>}
                            </Badge>
                          ))}
                    </span>
                  ) : f.key === 'transaction' ? (
                    <span className="font-mono text-xs">{f.value}</span>
                  ) : (
                    f.value
                  )}
                </dd>
              </div>
            ))}
        </dl>
      )}
    </section>
  );
}
