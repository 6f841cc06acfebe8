import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight, MonitorSmartphone } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { formatIst } from '@/lib/format/time';
import { PAGE_SIZE, useAgentChoices, useCobrowseSessions, type CobrowseAuditQuery, type CobrowseAuditRow } from '../api/get-cobrowse-sessions';
import '../i18n';

/** An IST day (YYYY-MM-DD), {@code daysBefore} days before now. */
function istDay(now: Date, daysBefore = 0): string {
  return new Date(now.getTime() + 330 * 60_000 - daysBefore * 86_400_000).toISOString().slice(0, 10);
}

function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} min ${s} s` : `${s} s`;
}

/**
 * /admin/cobrowse: every co-browsing session's metadata for supervisors and admins (who asked,
 * whose page, when, for how long, whether the customer consented, who ended it and why), by agent
 * and day, a page at a time. The page itself was never kept, so there is nothing more to open.
 */
export function CobrowseAuditPage({ now = new Date() }: { now?: Date }) {
  const { t } = useTranslation('cobrowse');
  const [query, setQuery] = useState<CobrowseAuditQuery>({ from: istDay(now, 6), to: istDay(now), page: 0 });
  const sessions = useCobrowseSessions(query);
  const agents = useAgentChoices();
  const set = (change: Partial<CobrowseAuditQuery>) => setQuery((q) => ({ ...q, page: 0, ...change }));
  const pages = Math.max(1, Math.ceil((sessions.data?.total ?? 0) / PAGE_SIZE));

  return (
    <div tabIndex={0} className="min-h-0 min-w-0 flex-1 overflow-y-auto focus-visible:outline-2 focus-visible:outline-focus">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 p-4">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold text-fg">{t('agent.audit.title')}</h1>
          <p className="text-sm text-fg-muted">{t('agent.audit.intro')}</p>
        </div>
        <form aria-label={t('agent.audit.filters')} className="flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
          <Input type="date" label={t('agent.audit.from')} value={query.from} max={query.to} onChange={(e) => e.target.value && set({ from: e.target.value })} />
          <Input type="date" label={t('agent.audit.to')} value={query.to} min={query.from} onChange={(e) => e.target.value && set({ to: e.target.value })} />
          <Select label={t('agent.audit.agent')} value={query.agentId ?? ''} onChange={(e) => set({ agentId: e.target.value || undefined })}>
            <option value="">{t('agent.audit.anyAgent')}</option>
            {agents.data?.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </Select>
        </form>
        {sessions.isPending ? (
          <Skeleton className="h-64 w-full" />
        ) : sessions.isError ? (
          <ErrorState title={t('agent.audit.failed')} retryLabel={t('agent.audit.retry')} onRetry={() => void sessions.refetch()} />
        ) : sessions.data.items.length === 0 ? (
          <EmptyState icon={<MonitorSmartphone />} title={t('agent.audit.empty')} />
        ) : (
          <>
            <div className="overflow-x-auto rounded-ui border border-border bg-surface">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t('agent.audit.caption', { total: sessions.data.total })}</caption>
                <thead className="bg-surface-muted text-fg-muted">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-medium">{t('agent.audit.columns.requested')}</th>
                    <th scope="col" className="px-3 py-2 font-medium">{t('agent.audit.columns.agent')}</th>
                    <th scope="col" className="px-3 py-2 font-medium">{t('agent.audit.columns.customer')}</th>
                    <th scope="col" className="px-3 py-2 font-medium">{t('agent.audit.columns.consent')}</th>
                    <th scope="col" className="px-3 py-2 font-medium">{t('agent.audit.columns.shared')}</th>
                    <th scope="col" className="px-3 py-2 font-medium">{t('agent.audit.columns.ended')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sessions.data.items.map((row) => (
                    <AuditRow key={row.id} row={row} />
                  ))}
                </tbody>
              </table>
            </div>
            <nav aria-label={t('agent.audit.pages')} className="flex items-center justify-end gap-2 text-sm">
              <span className="text-fg-muted">{t('agent.audit.pageOf', { page: query.page + 1, pages, total: sessions.data.total })}</span>
              <Button size="sm" variant="secondary" icon={<ChevronLeft aria-hidden className="size-4" />} disabled={query.page === 0} onClick={() => setQuery((q) => ({ ...q, page: q.page - 1 }))}>
                {t('agent.audit.previous')}
              </Button>
              <Button size="sm" variant="secondary" icon={<ChevronRight aria-hidden className="size-4" />} disabled={query.page + 1 >= pages} onClick={() => setQuery((q) => ({ ...q, page: q.page + 1 }))}>
                {t('agent.audit.next')}
              </Button>
            </nav>
          </>
        )}
      </div>
    </div>
  );
}

function AuditRow({ row }: { row: CobrowseAuditRow }) {
  const { t } = useTranslation('cobrowse');
  // Times in <time>: the screenshots paint them over (the server stamps them with the real time).
  const consent = row.consented ? (
    <>
      {t('agent.audit.consentGiven')} <time dateTime={row.answeredAt}>{formatIst(row.answeredAt)}</time>
    </>
  ) : row.state === 'DECLINED'
      ? t('agent.audit.consentDeclined')
      : row.state === 'REQUESTED'
        ? t('agent.audit.consentWaiting')
        : t('agent.audit.consentNone');
  return (
    <tr className="border-t border-border align-top">
      <td className="px-3 py-2 whitespace-nowrap">
        <time dateTime={row.requestedAt}>{formatIst(row.requestedAt)}</time>
      </td>
      <td className="px-3 py-2">{row.agentName}</td>
      <td className="px-3 py-2">
        <span className="font-mono text-xs">{row.customerId}</span>
        <span className="block text-xs text-fg-muted">{t('agent.audit.chat', { id: row.chatId })}</span>
      </td>
      <td className="px-3 py-2">{consent}</td>
      <td className="px-3 py-2 whitespace-nowrap">{row.consented ? duration(row.sharedSeconds) : '—'}</td>
      <td className="px-3 py-2">
        {row.endedAt ? (
          <>
            <time dateTime={row.endedAt} className="whitespace-nowrap">{formatIst(row.endedAt)}</time>
            <span className="block text-xs text-fg-muted">
              {t(`agent.audit.endedBy.${row.endedBy as 'system'}`)}
              {row.endReason ? ` · ${t(`agent.audit.reasons.${row.endReason as 'CHAT_CLOSED'}`, { defaultValue: row.endReason })}` : ''}
            </span>
          </>
        ) : (
          t('agent.audit.open')
        )}
      </td>
    </tr>
  );
}
