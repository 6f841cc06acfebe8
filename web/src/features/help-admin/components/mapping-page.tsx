import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api/errors';
import { useArticles, type AdminArticle } from '../api/articles';
import { indexBy } from '../model/lists';

function MappingTable({ title, rows, empty }: { title: string; rows: Array<[string, AdminArticle[]]>; empty: string }) {
  const { t } = useTranslation('helpAdmin');
  return (
    <section aria-label={title} className="flex min-w-0 flex-col gap-2">
      <h2 className="text-base font-semibold">{title}</h2>
      {rows.length === 0 ? (
        <p className="text-fg-muted">{empty}</p>
      ) : (
        <table className="w-full border-collapse overflow-hidden rounded-ui border border-border bg-surface text-left text-sm">
          <tbody className="divide-y divide-border">
            {rows.map(([key, articles]) => (
              <tr key={key}>
                <th scope="row" className="w-44 bg-surface-muted px-3 py-2 align-top font-mono text-xs font-medium">
                  {key}
                </th>
                <td className="px-3 py-2">
                  <ul className="flex flex-col gap-1">
                    {articles.map((a) => (
                      <li key={a.id} className="flex flex-wrap items-center gap-2">
                        <Link to={`/admin/help/articles/${a.id}`} className="text-primary hover:underline">
                          {a.title}
                        </Link>
                        {a.status !== 'PUBLISHED' && <Badge tone="warning">{t('mapping.draft')}</Badge>}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** /admin/help/mapping: screen → articles and error code → articles, as the app's contextual help offers them. */
export function MappingPage() {
  const { t } = useTranslation('helpAdmin');
  const articles = useArticles();
  let content: ReactNode;
  if (articles.isPending) {
    content = (
      <div aria-busy className="grid gap-4 lg:grid-cols-2">
        <Skeleton className="h-64 w-full" />
        <Skeleton className="h-64 w-full" />
      </div>
    );
  } else if (articles.isError) {
    content = <ErrorState title={t('list.failed')} description={describeError(articles.error)} retryLabel={t('actions.retry')} onRetry={() => void articles.refetch()} />;
  } else {
    content = (
      <div className="grid gap-6 lg:grid-cols-2">
        <MappingTable title={t('mapping.screens')} rows={indexBy(articles.data, (a) => a.screens)} empty={t('mapping.emptyScreens')} />
        <MappingTable title={t('mapping.errorCodes')} rows={indexBy(articles.data, (a) => a.errorCodes)} empty={t('mapping.emptyErrorCodes')} />
      </div>
    );
  }
  return (
    <section aria-label={t('mapping.title')} className="flex flex-col gap-4 p-4">
      <p className="max-w-3xl text-fg-muted">{t('mapping.description')}</p>
      {content}
    </section>
  );
}
