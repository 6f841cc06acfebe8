import { Link, useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge, statusTone } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api/errors';
import { cn } from '@/lib/utils/cn';
import { conversationKeys, searchConversations } from '../api/conversations';
import { useDebouncedValue } from '@/hooks/use-debounced-value';

/** What the search box found (GET /api/agents/conversations/search), each opening its conversation. */
export function SearchResults({ query, selectedId }: { query: string; selectedId: string | null }) {
  const { t } = useTranslation('agent');
  const { search } = useLocation();
  const q = useDebouncedValue(query.trim(), 250);
  const results = useQuery({
    queryKey: conversationKeys.search(q),
    queryFn: ({ signal }) => searchConversations(q, signal),
    enabled: q.length > 0 && q.length <= 100,
    staleTime: 10_000,
  });
  return (
    <div role="region" aria-label={t('inboxLive.search.results')} className="min-h-0 flex-1 overflow-y-auto">
      {!q || results.isPending ? (
        <ul aria-busy className="divide-y divide-border">
          {Array.from({ length: 4 }, (_, i) => (
            <li key={i} className="flex flex-col gap-2 px-3 py-3">
              <Skeleton className="h-4 w-2/5" />
              <Skeleton className="h-3 w-3/5" />
            </li>
          ))}
        </ul>
      ) : results.isError ? (
        <ErrorState title={t('inboxLive.search.error')} description={describeError(results.error)} retryLabel={t('actions.retry')} onRetry={() => void results.refetch()} />
      ) : results.data.items.length === 0 ? (
        <EmptyState title={t('inboxLive.search.none', { q })} />
      ) : (
        <>
          <ul className="divide-y divide-border">
            {results.data.items.map((hit) => (
              <li key={hit.id} className={cn(selectedId === hit.id && 'bg-primary-soft')}>
                <Link
                  to={{ pathname: `/agent/inbox/${hit.id}`, search }}
                  aria-current={selectedId === hit.id ? 'true' : undefined}
                  className="flex flex-col gap-1 px-3 py-2.5 hover:bg-surface-muted"
                >
                  <span className="flex items-center gap-2">
                    <span className="min-w-0 flex-1 truncate font-medium">{hit.customerName || hit.customerId}</span>
                    {hit.status && <Badge tone={statusTone(hit.status)}>{t(`status.${hit.status as 'BOT' | 'QUEUED' | 'ASSIGNED' | 'CLOSED'}`)}</Badge>}
                  </span>
                  {/* Why it was found: the words that matched, else (a name or id match) the conversation id. */}
                  <span className="flex items-center gap-2 text-xs text-fg-muted">
                    {hit.matched ? (
                      <span className="min-w-0 flex-1 truncate">{hit.matched}</span>
                    ) : (
                      <span className="min-w-0 flex-1 truncate font-mono">{hit.id}</span>
                    )}
                    {hit.team && <span>{hit.team}</span>}
                    {hit.updatedAt && <RelativeTime value={hit.updatedAt} />}
                  </span>
                  {(hit.labels ?? []).length > 0 && (
                    <span className="flex flex-wrap gap-1">
                      {(hit.labels ?? []).map((l) => (
                        <Badge key={l}>{l}</Badge>
                      ))}
                    </span>
                  )}
                </Link>
              </li>
            ))}
          </ul>
          {results.data.hasMore && <p className="px-3 py-2 text-xs text-fg-muted">{t('inboxLive.search.more')}</p>}
        </>
      )}
    </div>
  );
}
