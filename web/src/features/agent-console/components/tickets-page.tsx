import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight, Ticket as TicketIcon } from 'lucide-react';
import { Badge, statusTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { SearchField } from '@/components/ui/search-field';
import { Skeleton } from '@/components/ui/skeleton';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { describeError } from '@/lib/api/errors';
import { FilterSelect } from '@/components/ui/filter-select';
import { cn } from '@/lib/utils/cn';
import { PAGE_SIZE, parseTicketSort, PRIORITIES, searchTickets, TICKET_SORTS, TICKET_STATUSES, ticketKeys, type TicketFilter } from '../api/tickets';
import { SlaBadge } from './sla-badge';
import { formatDuration } from '../model/duration';

/** /agent/tickets: filters and order in the URL (shareable, survive a reload), paged 25 at a time. */
export function TicketsPage({ agentId, teams }: { agentId: string; teams: string[] }) {
  const { t } = useTranslation('agent');
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text, 300);
  const filter: TicketFilter = {
    status: (params.get('status') ?? '') as TicketFilter['status'],
    priority: (params.get('priority') ?? '') as TicketFilter['priority'],
    team: params.get('team') ?? '',
    assignee: params.get('assignee') === 'me' ? agentId : (params.get('assignee') ?? ''),
    breached: params.get('breached') === 'true',
    dueSoon: params.get('dueSoon') === 'true',
    sort: parseTicketSort(params.get('sort')),
    q,
    page: Number(params.get('page') ?? 0) || 0,
  };
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const tickets = useQuery({ queryKey: ticketKeys.list(filter), queryFn: ({ signal }) => searchTickets(filter, signal), placeholderData: keepPreviousData });
  const total = tickets.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const soonMinutes = tickets.data?.dueSoonMinutes ?? 60;
  const soonWindow = formatDuration(soonMinutes);

  return (
    <section aria-label={t('tickets.title')} className="flex min-w-0 flex-1 flex-col">
      <div className="flex flex-wrap items-end gap-3 border-b border-border bg-surface px-4 py-3">
        <h1 className="mr-2 self-center text-base font-semibold">{t('tickets.title')}</h1>
        <FilterSelect label={t('tickets.filter.status')} value={params.get('status') ?? ''} onChange={(v) => set('status', v)} options={[['', t('tickets.any')], ...TICKET_STATUSES.map((s) => [s, t(`ticketStatus.${s}`)] as [string, string])]} />
        <FilterSelect label={t('tickets.filter.priority')} value={params.get('priority') ?? ''} onChange={(v) => set('priority', v)} options={[['', t('tickets.any')], ...PRIORITIES.map((p) => [p, t(`priority.${p}`)] as [string, string])]} />
        <FilterSelect label={t('tickets.filter.team')} value={params.get('team') ?? ''} onChange={(v) => set('team', v)} options={[['', t('tickets.any')], ...teams.map((x) => [x, x] as [string, string])]} />
        <FilterSelect label={t('tickets.filter.assignee')} value={params.get('assignee') === 'me' ? 'me' : ''} onChange={(v) => set('assignee', v)} options={[['', t('tickets.anyone')], ['me', t('tickets.me')]]} />
        <label className="flex h-8 items-center gap-2 self-end">
          <input type="checkbox" checked={filter.breached} onChange={(e) => set('breached', e.target.checked ? 'true' : '')} />
          {t('tickets.filter.breached')}
        </label>
        <label className="flex h-8 items-center gap-2 self-end" title={t('ticketList.dueSoonHint', { window: soonWindow })}>
          <input type="checkbox" checked={filter.dueSoon} onChange={(e) => set('dueSoon', e.target.checked ? 'true' : '')} />
          {t('ticketList.dueSoon', { window: soonWindow })}
        </label>
        <FilterSelect label={t('ticketList.sort.label')} value={filter.sort ?? ''} onChange={(v) => set('sort', v)} options={TICKET_SORTS.map((s) => [s, t(`ticketList.sort.${s || 'newest'}`)] as [string, string])} />
        <div className="ml-auto w-64 self-end">
          <SearchField label={t('tickets.search')} value={text} onValueChange={setText} clearLabel={t('actions.clear')} />
        </div>
      </div>
      <div className="min-h-0 flex-1 overflow-auto">
        {tickets.isPending ? (
          <div aria-busy className="flex flex-col gap-2 p-4">
            {Array.from({ length: 8 }, (_, i) => (
              <Skeleton key={i} className="h-9 w-full" />
            ))}
          </div>
        ) : tickets.isError ? (
          <ErrorState title={t('tickets.error')} description={describeError(tickets.error)} retryLabel={t('actions.retry')} onRetry={() => void tickets.refetch()} />
        ) : tickets.data.items.length === 0 ? (
          <EmptyState icon={<TicketIcon />} title={t('tickets.empty.title')} description={t('tickets.empty.description')} />
        ) : (
          <table className={cn('w-full border-collapse text-left', tickets.isFetching && 'opacity-70')}>
            <thead className="sticky top-0 bg-surface-muted text-xs text-fg-muted">
              <tr>
                {(['number', 'subject', 'customer', 'status', 'priority', 'team', 'sla', 'updated'] as const).map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-medium">
                    {t(`tickets.col.${h}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-border bg-surface">
              {tickets.data.items.map((ticket) => (
                <tr key={ticket.id} className="hover:bg-surface-muted">
                  <td className="px-3 py-2 font-mono text-xs">
                    <Link to={`/agent/tickets/${ticket.id}`} className="text-primary hover:underline">
                      {ticket.number ?? ticket.id.slice(0, 8)}
                    </Link>
                  </td>
                  <td className="max-w-80 truncate px-3 py-2">
                    <Link to={`/agent/tickets/${ticket.id}`} className="hover:underline">
                      {ticket.issueType ?? ticket.description}
                    </Link>
                    {/* Two tickets of one type read alike; the customer's first words tell them apart. */}
                    {ticket.issueType && ticket.description && <p className="truncate text-xs text-fg-muted">{ticket.description}</p>}
                  </td>
                  <td className="px-3 py-2">{ticket.customerName ?? ticket.customerId}</td>
                  <td className="px-3 py-2">
                    <Badge tone={statusTone(ticket.status)}>{t(`ticketStatus.${ticket.status as 'OPEN'}`, { defaultValue: ticket.status })}</Badge>
                  </td>
                  <td className="px-3 py-2">
                    <Badge tone={statusTone(ticket.priority)}>{t(`priority.${ticket.priority as 'LOW'}`, { defaultValue: ticket.priority })}</Badge>
                  </td>
                  <td className="px-3 py-2 text-fg-muted">{ticket.team ?? '—'}</td>
                  <td className="px-3 py-2">
                    <SlaBadge ticket={ticket} soonMinutes={soonMinutes} />
                  </td>
                  <td className="px-3 py-2 text-xs text-fg-muted">{ticket.updatedAt && <RelativeTime value={ticket.updatedAt} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <nav aria-label={t('tickets.paging')} className="flex items-center justify-end gap-3 border-t border-border bg-surface px-4 py-2 text-fg-muted">
        <span className="tabular-nums">{t('tickets.pageOf', { page: filter.page + 1, pages, total })}</span>
        <Button size="sm" variant="secondary" disabled={filter.page === 0} onClick={() => set('page', String(filter.page - 1))} icon={<ChevronLeft aria-hidden className="size-4" />}>
          {t('tickets.prev')}
        </Button>
        <Button size="sm" variant="secondary" disabled={filter.page + 1 >= pages} onClick={() => set('page', String(filter.page + 1))}>
          {t('tickets.next')} <ChevronRight aria-hidden className="size-4" />
        </Button>
      </nav>
    </section>
  );
}
