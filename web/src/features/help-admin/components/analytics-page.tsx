import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { SkeletonText } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api/errors';
import { useAnalytics } from '../api/analytics';
import { FilterSelect } from '@/components/ui/filter-select';

const WINDOWS = [7, 30, 90] as const;

function newArticleFor(query: string) {
  return `/admin/help/articles/new?title=${encodeURIComponent(query)}`;
}

function Panel({ title, children, empty }: { title: string; children: ReactNode[]; empty: string }) {
  return (
    <Card className="flex flex-col gap-2 p-4" aria-label={title} role="region">
      <h2 className="text-base font-semibold">{title}</h2>
      {children.length === 0 ? <p className="text-sm text-fg-muted">{empty}</p> : <ol className="flex flex-col divide-y divide-border">{children}</ol>}
    </Card>
  );
}

/** /admin/help/analytics: what customers search for and miss, and the articles they found unhelpful, each a link to fix it. */
export function AnalyticsPage() {
  const { t } = useTranslation('helpAdmin');
  const [params, setParams] = useSearchParams();
  const days = Number(params.get('days')) || 30;
  const analytics = useAnalytics(days);

  const queryRow = (q: { query?: string; searches?: number }) => (
    <li key={q.query} className="flex items-center gap-3 py-1.5 text-sm">
      <Link to={newArticleFor(q.query ?? '')} className="min-w-0 flex-1 truncate text-primary hover:underline" aria-label={t('analytics.write', { query: q.query })}>
        {q.query}
      </Link>
      <span className="text-xs text-fg-muted tabular-nums">{t('analytics.searches', { count: q.searches ?? 0 })}</span>
    </li>
  );

  let content: ReactNode;
  if (analytics.isPending) {
    content = (
      <div aria-busy className="grid gap-4 lg:grid-cols-2">
        {[0, 1, 2, 3].map((i) => (
          <Card key={i} className="p-4">
            <SkeletonText lines={6} />
          </Card>
        ))}
      </div>
    );
  } else if (analytics.isError) {
    content = <ErrorState title={t('analytics.failed')} description={describeError(analytics.error)} retryLabel={t('actions.retry')} onRetry={() => void analytics.refetch()} retrying={analytics.isFetching} />;
  } else {
    const unhelpful = (analytics.data.feedback ?? []).filter((f) => (f.notHelpful ?? 0) > 0).sort((a, b) => (b.notHelpful ?? 0) - (a.notHelpful ?? 0));
    content = (
      <div className="grid gap-4 lg:grid-cols-2">
        <Panel title={t('analytics.noResults')} empty={t('analytics.empty')}>
          {(analytics.data.noResults ?? []).map(queryRow)}
        </Panel>
        <Panel title={t('analytics.unhelpful')} empty={t('analytics.empty')}>
          {unhelpful.map((f) => (
            <li key={f.slug} className="flex items-center gap-3 py-1.5 text-sm">
              <Link to={`/admin/help/articles/${f.slug}`} className="min-w-0 flex-1 truncate text-primary hover:underline" aria-label={t('analytics.fix', { title: f.title })}>
                {f.title}
              </Link>
              <span className="text-xs text-fg-muted tabular-nums">{t('analytics.votes', { helpful: f.helpful ?? 0, notHelpful: f.notHelpful ?? 0 })}</span>
            </li>
          ))}
        </Panel>
        <Panel title={t('analytics.topQueries')} empty={t('analytics.empty')}>
          {(analytics.data.topQueries ?? []).map(queryRow)}
        </Panel>
        <Panel title={t('analytics.noClick')} empty={t('analytics.empty')}>
          {(analytics.data.noClick ?? []).map(queryRow)}
        </Panel>
      </div>
    );
  }

  return (
    <section aria-label={t('analytics.title')} className="flex flex-col gap-4 p-4">
      <div className="flex items-end gap-3">
        <FilterSelect label={t('analytics.window')} value={String(days)} onChange={(v) => setParams({ days: v }, { replace: true })} options={WINDOWS.map((d) => [String(d), t('analytics.days', { count: d })] as [string, string])} />
      </div>
      {content}
    </section>
  );
}
