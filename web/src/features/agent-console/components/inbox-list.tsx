import { forwardRef } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api/errors';
import { cn } from '@/lib/utils/cn';
import type { Conversation } from '../api/conversations';
import {
  applyFilters,
  customerOf,
  INBOX_TABS,
  isFiltered,
  priorityOf,
  unreadOf,
  waitingSince,
  type InboxFilters,
  type InboxTab,
} from '../model/inbox';
import { InboxFilterBar } from './inbox-filters';
import { LanguageBadge } from './language-badge';
import { SearchResults } from './search-results';
import { WaitingTime } from './waiting-time';

const tabLabel = {
  mine: 'inbox.tab.mine',
  team: 'inboxLive.tab.team',
  queue: 'inbox.tab.queue',
  bot: 'inbox.tab.bot',
  closed: 'inbox.tab.closed',
} as const;

const emptyText = {
  mine: { title: 'inbox.empty.mine.title', description: 'inbox.empty.mine.description' },
  team: { title: 'inboxLive.empty.team.title', description: 'inboxLive.empty.team.description' },
  queue: { title: 'inbox.empty.queue.title', description: 'inbox.empty.queue.description' },
  bot: { title: 'inbox.empty.bot.title', description: 'inbox.empty.bot.description' },
  closed: { title: 'inboxLive.empty.closed.title', description: 'inboxLive.empty.closed.description' },
} as const;

export interface InboxListProps {
  agentId: string;
  tab: InboxTab;
  onTab: (tab: InboxTab) => void;
  tabs: Record<InboxTab, Conversation[]>;
  selectedId: string | null;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onPick: (chatId: string) => void;
  picking: string | null;
  filters: InboxFilters;
  onFilter: (key: keyof InboxFilters, value: string | null) => void;
  onClearFilters: () => void;
  /** Teams and labels the filters offer. */
  teamOptions: string[];
  labelOptions: string[];
  query: string;
  onQuery: (q: string) => void;
  /** Older closed chats: more to load, loading, failed. */
  closedMore?: { hasMore: boolean; loading: boolean; error: boolean; load: () => void };
}

function preview(c: Conversation, t: (k: 'inbox.image') => string): string {
  const m = c.lastMessage;
  if (!m) return c.topic ?? '';
  if (m.imageUrl && !m.text) return t('inbox.image');
  return (m.text ?? '').replace(/\*\*/g, '').replace(/\s+/g, ' ');
}

/** The conversation list (~320 px): tabs with counts, then rows, live. */
export const InboxList = forwardRef<HTMLDivElement, InboxListProps>(function InboxList(
  {
    agentId,
    tab,
    onTab,
    tabs,
    selectedId,
    loading,
    error,
    onRetry,
    onPick,
    picking,
    filters,
    onFilter,
    onClearFilters,
    teamOptions,
    labelOptions,
    query,
    onQuery,
    closedMore,
  },
  ref,
) {
  const { t } = useTranslation('agent');
  const { search } = useLocation();
  const filtered = isFiltered(filters);
  const shown = (id: InboxTab) => (filtered ? applyFilters(tabs[id], filters) : tabs[id]);
  const rows = shown(tab);
  const searching = query.trim().length > 0;
  return (
    <section aria-label={t('inbox.label')} className="flex w-80 shrink-0 flex-col border-r border-border bg-surface" ref={ref}>
      <InboxFilterBar
        filters={filters}
        onFilter={onFilter}
        onClearFilters={onClearFilters}
        teamOptions={teamOptions}
        labelOptions={labelOptions}
        query={query}
        onQuery={onQuery}
      />
      {searching ? (
        <SearchResults query={query} selectedId={selectedId} />
      ) : (
      <>
      <div role="tablist" aria-label={t('inbox.tabs')} className="flex gap-0.5 border-b border-border px-2 pt-1.5">
        {INBOX_TABS.map((id) => {
          const count = id === 'closed' ? 0 : shown(id).length;
          const unread = id === 'mine' ? shown('mine').reduce((n, c) => n + unreadOf(c, agentId), 0) : 0;
          return (
            <button
              key={id}
              role="tab"
              type="button"
              aria-selected={tab === id}
              onClick={() => onTab(id)}
              className={cn(
                '-mb-px flex items-center gap-1 border-b-2 px-2 py-2 text-sm',
                tab === id ? 'border-primary font-medium text-fg' : 'border-transparent text-fg-muted hover:text-fg',
              )}
            >
              {t(tabLabel[id])}
              {count > 0 && (
                <span className={cn('rounded-full px-1.5 text-xs tabular-nums', unread > 0 ? 'bg-primary text-on-primary' : 'bg-surface-muted text-fg-muted')}>
                  {count}
                </span>
              )}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" aria-label={t(tabLabel[tab])} className="min-h-0 flex-1 overflow-y-auto">
        {loading ? (
          <ul aria-busy className="divide-y divide-border">
            {Array.from({ length: 6 }, (_, i) => (
              <li key={i} className="flex flex-col gap-2 px-3 py-3">
                <Skeleton className="h-4 w-2/5" />
                <Skeleton className="h-3 w-4/5" />
              </li>
            ))}
          </ul>
        ) : error ? (
          <ErrorState title={t('inbox.error')} description={describeError(error)} retryLabel={t('actions.retry')} onRetry={onRetry} />
        ) : rows.length === 0 && filtered && tabs[tab].length > 0 ? (
          <EmptyState
            title={t('inboxLive.empty.filtered.title')}
            description={t('inboxLive.empty.filtered.description')}
            action={
              <Button size="sm" variant="secondary" onClick={onClearFilters}>
                {t('inboxLive.filters.clear')}
              </Button>
            }
          />
        ) : rows.length === 0 && !(tab === 'closed' && closedMore?.loading) ? (
          <EmptyState title={t(emptyText[tab].title)} description={t(emptyText[tab].description)} />
        ) : (
          <ul className="divide-y divide-border">
            {rows.map((c) => {
              const customer = customerOf(c);
              // The open chat is being read: the server's count catches up with the read frame.
              const unread = selectedId === c.id ? 0 : unreadOf(c, agentId);
              const since = tab === 'closed' ? undefined : waitingSince(c);
              const priority = priorityOf(c);
              return (
                <li key={c.id} className={cn('relative', selectedId === c.id && 'bg-primary-soft')}>
                  <Link
                    to={{ pathname: `/agent/inbox/${c.id}`, search }}
                    aria-current={selectedId === c.id ? 'true' : undefined}
                    data-chat-id={c.id}
                    className={cn('flex flex-col gap-1 px-3 py-2.5 hover:bg-surface-muted', tab === 'queue' && 'pr-18', selectedId === c.id && 'hover:bg-primary-soft')}
                  >
                    <span className="flex items-center gap-2">
                      <span className={cn('min-w-0 flex-1 truncate', unread > 0 ? 'font-semibold' : 'font-medium')}>{customer.name}</span>
                      <LanguageBadge language={c.language} />
                      {priority && (
                        <span title={c.handover?.cause ? t(`inboxLive.cause.${c.handover.cause}`) : undefined}>
                          <Badge tone={priority === 'URGENT' ? 'danger' : 'warning'}>{t(`priority.${priority}`)}</Badge>
                        </span>
                      )}
                      {since ? (
                        <WaitingTime since={since} label={t('inbox.waiting')} />
                      ) : (
                        c.updatedAt && <RelativeTime value={c.updatedAt} className="text-xs text-fg-muted" />
                      )}
                    </span>
                    <span className="flex items-center gap-2">
                      <span className={cn('min-w-0 flex-1 truncate text-xs', unread > 0 ? 'text-fg' : 'text-fg-muted')}>
                        {c.lastMessage?.senderRole === 'AGENT' && c.lastMessage.senderId === agentId ? `${t('inbox.you')}: ` : ''}
                        <span className={c.lastMessage?.senderRole === 'SYSTEM' ? 'italic' : undefined}>{preview(c, t)}</span>
                      </span>
                      {c.team && <span className="text-xs text-fg-muted">{c.team}</span>}
                      {unread > 0 && (
                        <span aria-label={t('inbox.unread', { count: unread })} className="min-w-5 rounded-full bg-primary px-1.5 text-center text-xs font-medium text-on-primary tabular-nums">
                          {unread}
                        </span>
                      )}
                    </span>
                  </Link>
                  {tab === 'queue' && (
                    <Button
                      size="sm"
                      variant="secondary"
                      className="absolute top-1/2 right-2 min-h-7 -translate-y-1/2 px-2 text-xs"
                      loading={picking === c.id}
                      onClick={() => onPick(c.id)}
                    >
                      {t('inbox.pick')}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {tab === 'closed' && closedMore && (closedMore.hasMore || closedMore.loading || closedMore.error) && (
          <div className="flex flex-col items-center gap-2 p-3">
            {closedMore.error && <p className="text-xs text-danger">{t('inboxLive.closedError')}</p>}
            <Button size="sm" variant="secondary" loading={closedMore.loading} onClick={closedMore.load}>
              {closedMore.error ? t('actions.retry') : t('inboxLive.closedMore')}
            </Button>
          </div>
        )}
      </div>
      </>
      )}
    </section>
  );
});
