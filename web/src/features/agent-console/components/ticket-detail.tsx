import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ArrowLeft, Lock, X } from 'lucide-react';
import { Badge, statusTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { toast } from '@/components/ui/toast';
import { describeError } from '@/lib/api/errors';
import { formatIst } from '@/lib/format';
import { cn } from '@/lib/utils/cn';
import type { Priority } from '../api/conversations';
import {
  addTicketNote,
  assignTicket,
  getTicket,
  linkChat,
  mergeTicket,
  PRIORITIES,
  replyToTicket,
  setTicketPriority,
  setTicketStatus,
  setTicketTags,
  TICKET_STATUSES,
  ticketKeys,
  type Ticket,
  type TicketStatus,
} from '../api/tickets';
import { useViewers } from '../hooks/use-viewers';
import { CollisionNotice } from './collision-notice';
import { CustomerRating } from './customer-rating';
import { SlaBadge } from './sla-badge';

function Side({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2 border-b border-border p-4">
      <h3 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{title}</h3>
      {children}
    </section>
  );
}

/** /agent/tickets/:ticketId: thread with internal notes, the fields to change, merge, link a chat, the audit trail. */
export function TicketDetail({ agentId, teams }: { agentId: string; teams: string[] }) {
  const { t } = useTranslation('agent');
  const { ticketId = '' } = useParams();
  const queryClient = useQueryClient();
  const ticket = useQuery({ queryKey: ticketKeys.one(ticketId), queryFn: ({ signal }) => getTicket(ticketId, signal) });
  const viewers = useViewers('ticket', ticketId || undefined, agentId, ticket.data?.id);
  const [mode, setMode] = useState<'reply' | 'note'>('reply');
  const [body, setBody] = useState('');
  const [mergeInto, setMergeInto] = useState('');
  const [chatId, setChatId] = useState('');
  const [newTag, setNewTag] = useState('');

  const done = (updated?: unknown) => {
    if (updated && typeof updated === 'object' && 'id' in updated) queryClient.setQueryData(ticketKeys.one(ticketId), updated as Ticket);
    else void queryClient.invalidateQueries({ queryKey: ticketKeys.one(ticketId) });
    void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
  };
  const change = useMutation({
    mutationFn: (fn: () => Promise<unknown>) => fn(),
    onSuccess: done,
    onError: (e) => toast({ tone: 'danger', title: t('ticket.changeFailed'), description: describeError(e) }),
  });
  // A merge answers with the ticket merged into: that is the one to go on working, at its own URL.
  const navigate = useNavigate();
  const merge = useMutation({
    mutationFn: (into: string) => mergeTicket(ticketId, into),
    onSuccess: (target) => {
      setMergeInto('');
      queryClient.setQueryData(ticketKeys.one(target.id), target);
      void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
      toast({ tone: 'success', title: t('ticket.merged', { number: target.number }) });
      void navigate(`/agent/tickets/${target.id}`);
    },
    onError: (e) => toast({ tone: 'danger', title: t('ticket.changeFailed'), description: describeError(e) }),
  });
  const post = useMutation({
    mutationFn: () => (mode === 'reply' ? replyToTicket(ticketId, body.trim()) : addTicketNote(ticketId, body.trim())),
    onSuccess: () => {
      setBody('');
      done();
    },
    onError: (e) => toast({ tone: 'danger', title: t('ticket.postFailed'), description: describeError(e) }),
  });

  if (ticket.isPending) {
    return (
      <div aria-busy className="flex flex-1 flex-col gap-3 p-6">
        <Skeleton className="h-6 w-1/3" />
        <Skeleton className="h-24 w-2/3" />
        <Skeleton className="h-24 w-2/3" />
      </div>
    );
  }
  if (ticket.isError) {
    return (
      <div className="flex flex-1 items-center justify-center">
        <ErrorState title={t('ticket.error')} description={describeError(ticket.error)} retryLabel={t('actions.retry')} onRetry={() => void ticket.refetch()} />
      </div>
    );
  }
  const tk = ticket.data;
  // The audit trail stores codes (statuses, priorities, agent ids); agents read words.
  const shown = (field: string, value: string) => {
    if (field === 'status') return t(`ticketStatus.${value as TicketStatus}`, { defaultValue: value });
    if (field === 'priority') return t(`priority.${value as Priority}`, { defaultValue: value });
    if (field === 'assignee' && value === agentId) return t('tickets.me');
    return value;
  };
  return (
    <div className="flex min-w-0 flex-1">
      <section aria-label={t('ticket.thread')} className="flex min-w-0 flex-1 flex-col bg-bg">
        <header className="flex items-center gap-3 border-b border-border bg-surface px-4 py-3">
          <Link to="/agent/tickets" className="text-fg-muted hover:text-fg" title={t('ticket.back')}>
            <ArrowLeft aria-hidden className="size-4" />
            <span className="sr-only">{t('ticket.back')}</span>
          </Link>
          <div className="min-w-0 flex-1">
            <h1 className="flex items-center gap-2 truncate font-semibold">
              <span className="font-mono text-fg-muted">{tk.number}</span> {tk.issueType}
              <Badge tone={statusTone(tk.status)}>{t(`ticketStatus.${tk.status as TicketStatus}`, { defaultValue: tk.status })}</Badge>
              <Badge tone={statusTone(tk.priority)}>{t(`priority.${tk.priority as Priority}`, { defaultValue: tk.priority })}</Badge>
              {tk.mergedInto && <Badge>{t('ticket.mergedInto', { id: tk.mergedInto })}</Badge>}
            </h1>
            <p className="text-xs text-fg-muted">
              {tk.customerName ?? tk.customerId} · {t(`ticket.sourceName.${tk.source ?? 'CUSTOMER'}`, { defaultValue: t('ticket.source', { source: tk.source ?? '—' }) })} · {tk.createdAt && <RelativeTime value={tk.createdAt} />}
            </p>
          </div>
          <SlaBadge ticket={tk} />
        </header>
        <CollisionNotice viewers={viewers.viewers} />
        <ol className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto p-4">
          {tk.description && (
            <li className="rounded-ui border border-border bg-surface p-3">
              <p className="mb-1 text-xs text-fg-muted">{t('ticket.description')}</p>
              <p className="whitespace-pre-wrap">{tk.description}</p>
            </li>
          )}
          {(tk.thread ?? []).map((entry) => {
            const internal = entry.visibility === 'INTERNAL';
            return (
              <li key={entry.id} className={cn('rounded-ui border p-3', internal ? 'border-warning/40 bg-warning-soft' : 'border-border bg-surface')}>
                <p className="mb-1 flex items-center gap-2 text-xs text-fg-muted">
                  {internal && <Lock aria-hidden className="size-3.5 text-warning" />}
                  <span className="font-medium text-fg">{entry.authorName ?? entry.authorRole}</span>
                  {internal && <span>{t('ticket.internal')}</span>}
                  {entry.createdAt && <time title={formatIst(entry.createdAt)}><RelativeTime value={entry.createdAt} /></time>}
                </p>
                <p className="whitespace-pre-wrap">{entry.body}</p>
              </li>
            );
          })}
        </ol>
        <form
          className={cn('border-t border-border p-3', mode === 'note' ? 'bg-warning-soft' : 'bg-surface')}
          onSubmit={(e) => {
            e.preventDefault();
            if (body.trim()) post.mutate();
          }}
        >
          <div role="tablist" aria-label={t('ticket.composeAs')} className="mb-2 flex gap-2">
            {(['reply', 'note'] as const).map((m) => (
              <button key={m} type="button" role="tab" aria-selected={mode === m} onClick={() => setMode(m)} className={cn('rounded-ui px-2 py-1 text-xs', mode === m ? 'bg-primary text-on-primary' : 'text-fg-muted hover:bg-surface-muted')}>
                {t(`ticket.mode.${m}`)}
              </button>
            ))}
          </div>
          <label className="sr-only" htmlFor="ticket-body">
            {t(`ticket.mode.${mode}`)}
          </label>
          <textarea id="ticket-body" rows={3} value={body} onChange={(e) => {
            setBody(e.target.value);
            viewers.typing(e.target.value.trim() !== '');
          }} onBlur={() => viewers.typing(false)} placeholder={t(`ticket.placeholder.${mode}`)} className="w-full resize-none rounded-ui border border-border-strong bg-surface px-3 py-2" />
          <div className="mt-2 flex justify-end">
            <Button type="submit" size="sm" loading={post.isPending} disabled={!body.trim()}>
              {t(`ticket.send.${mode}`)}
            </Button>
          </div>
        </form>
      </section>
      <aside aria-label={t('ticket.details')} className="w-[340px] shrink-0 overflow-y-auto border-l border-border bg-surface">
        <Side title={t('ticket.fields')}>
          <label className="flex items-center justify-between gap-2">
            <span className="text-fg-muted">{t('tickets.filter.status')}</span>
            <select className="h-8 w-44 rounded-ui border border-border bg-surface px-2" value={tk.status} onChange={(e) => { const v = e.target.value as TicketStatus; change.mutate(() => setTicketStatus(ticketId, v)); }}>
              {TICKET_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`ticketStatus.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center justify-between gap-2">
            <span className="text-fg-muted">{t('tickets.filter.priority')}</span>
            <select className="h-8 w-44 rounded-ui border border-border bg-surface px-2" value={tk.priority} onChange={(e) => { const v = e.target.value as Priority; change.mutate(() => setTicketPriority(ticketId, v)); }}>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`priority.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center justify-between gap-2">
            <span className="text-fg-muted">{t('tickets.filter.team')}</span>
            <select className="h-8 w-44 rounded-ui border border-border bg-surface px-2" value={tk.team ?? ''} onChange={(e) => { const v = e.target.value; change.mutate(() => assignTicket(ticketId, { team: v })); }}>
              {!tk.team && <option value="">—</option>}
              {[...new Set([...(tk.team ? [tk.team] : []), ...teams])].map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          </label>
          <div className="flex items-center justify-between gap-2">
            <span className="text-fg-muted">{t('tickets.filter.assignee')}</span>
            {tk.assigneeId === agentId ? (
              <span>{t('tickets.me')}</span>
            ) : (
              <Button size="sm" variant="secondary" onClick={() => change.mutate(() => assignTicket(ticketId, { assigneeId: agentId, ...(tk.team ? { team: tk.team } : {}) }))}>
                {tk.assigneeId ? t('ticket.takeOver') : t('ticket.assignMe')}
              </Button>
            )}
          </div>
        </Side>
        <Side title={t('ticket.tags')}>
          {(tk.tags ?? []).length > 0 && (
            <ul aria-label={t('ticket.tags')} className="flex flex-wrap gap-1.5">
              {(tk.tags ?? []).map((tag) => (
                <li key={tag} className="flex items-center gap-1 rounded-full bg-surface-muted py-0.5 pr-1 pl-2.5 text-xs">
                  {tag}
                  <button
                    type="button"
                    aria-label={t('ticket.removeTag', { tag })}
                    title={t('ticket.removeTag', { tag })}
                    onClick={() => change.mutate(() => setTicketTags(ticketId, (tk.tags ?? []).filter((x) => x !== tag)))}
                    className="inline-flex size-5 items-center justify-center rounded-full text-fg-muted hover:bg-surface hover:text-fg"
                  >
                    <X aria-hidden className="size-3" />
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form
            className="flex items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              const tag = newTag.trim();
              if (!tag || (tk.tags ?? []).includes(tag)) return setNewTag('');
              change.mutate(() => setTicketTags(ticketId, [...(tk.tags ?? []), tag]));
              setNewTag('');
            }}
          >
            <label className="flex flex-1 flex-col gap-1 text-xs text-fg-muted">
              {t('ticket.addTag')}
              <input value={newTag} maxLength={40} onChange={(e) => setNewTag(e.target.value)} placeholder="refund-delay" className="h-8 rounded-ui border border-border-strong bg-surface px-2 text-sm text-fg" />
            </label>
            <Button type="submit" size="sm" variant="secondary" disabled={!newTag.trim()}>
              {t('ticket.tagSubmit')}
            </Button>
          </form>
        </Side>
        {(tk.transactionId || tk.refundEta) && (
          <Side title={t('ticket.payment')}>
            {tk.transactionId && <p className="font-mono text-xs">{tk.transactionId}</p>}
            {tk.refundEta && <p>{t('ticket.refundEta', { date: tk.refundEta })}</p>}
          </Side>
        )}
        <Side title={t('ticket.sla')}>
          <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-xs">
            <dt className="text-fg-muted">{t('sla.first')}</dt>
            <dd>{tk.sla?.firstRespondedAt ? t('sla.met') : tk.sla?.firstResponseDue ? formatIst(tk.sla.firstResponseDue) : '—'}</dd>
            <dt className="text-fg-muted">{t('sla.resolution')}</dt>
            <dd>{tk.sla?.resolvedAt ? t('sla.met') : tk.sla?.resolutionDue ? formatIst(tk.sla.resolutionDue) : '—'}</dd>
          </dl>
          {(tk.status === 'RESOLVED' || tk.status === 'CLOSED') && <CustomerRating kind="ticket" id={tk.id} />}
        </Side>
        <Side title={t('ticket.merge')}>
          <p className="text-xs text-fg-muted">{t('ticket.mergeHint')}</p>
          <form className="flex items-end gap-2" onSubmit={(e) => { e.preventDefault(); if (mergeInto.trim()) merge.mutate(mergeInto.trim()); }}>
            <label className="flex flex-1 flex-col gap-1 text-xs text-fg-muted">{t('ticket.mergeInto')}<input value={mergeInto} onChange={(e) => setMergeInto(e.target.value)} placeholder="SPT-2026-000123" className="h-8 rounded-ui border border-border-strong bg-surface px-2 font-mono text-sm text-fg" /></label>
            <Button type="submit" size="sm" variant="secondary" loading={merge.isPending} disabled={!mergeInto.trim()}>{t('ticket.mergeSubmit')}</Button>
          </form>
        </Side>
        <Side title={t('ticket.chat')}>
          {tk.chatId ? (
            <Link className="font-mono text-xs text-primary hover:underline" to={`/agent/inbox/${tk.chatId}`}>{tk.chatId}</Link>
          ) : (
            <form className="flex items-end gap-2" onSubmit={(e) => { e.preventDefault(); if (chatId.trim()) change.mutate(() => linkChat(ticketId, chatId.trim())); }}>
              <label className="flex flex-1 flex-col gap-1 text-xs text-fg-muted">{t('ticket.chatId')}<input value={chatId} onChange={(e) => setChatId(e.target.value)} placeholder="cnv_…" className="h-8 rounded-ui border border-border-strong bg-surface px-2 font-mono text-sm text-fg" /></label>
              <Button type="submit" size="sm" variant="secondary" disabled={!chatId.trim()}>{t('ticket.link')}</Button>
            </form>
          )}
        </Side>
        <Side title={t('ticket.audit')}>
          {(tk.history ?? []).length === 0 ? (
            <p className="text-fg-muted">{t('ticket.noHistory')}</p>
          ) : (
            <ol className="flex flex-col gap-1.5 text-xs">
              {[...(tk.history ?? [])].reverse().map((h, i) => (
                <li key={i}>
                  <span className="font-medium">{t(`ticket.field.${h.field ?? ''}`, { defaultValue: h.field ?? '' })}</span> {h.from ? `${shown(h.field ?? '', h.from)} → ` : ''}
                  {h.to ? shown(h.field ?? '', h.to) : '—'} <span className="text-fg-muted">· {h.by} · {h.at && <RelativeTime value={h.at} />}</span>
                </li>
              ))}
            </ol>
          )}
        </Side>
      </aside>
    </div>
  );
}
