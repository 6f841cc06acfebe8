import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FilePlus2, FileText } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { buttonStyles } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { SearchField } from '@/components/ui/search-field';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api/errors';
import { useArticles, type AdminArticle } from '../api/articles';
import { statusOf, useCoverage, type LocaleStatus } from '../api/locales';
import { LocaleBadge } from './locale-tabs';
import { useCategories } from '../api/categories';
import { FilterSelect } from '@/components/ui/filter-select';

function matches(article: AdminArticle, words: string): boolean {
  if (!words) return true;
  const text = [article.title, article.slug, ...(article.tags ?? []), ...(article.screens ?? []), ...(article.errorCodes ?? [])]
    .join(' ')
    .toLowerCase();
  return words
    .toLowerCase()
    .split(/\s+/)
    .every((word) => text.includes(word));
}

/** /admin/help: every article, drafts included, grouped by category, filtered in the URL. */
export function ArticleListPage() {
  const { t } = useTranslation('helpAdmin');
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const articles = useArticles();
  const categories = useCategories();
  // The topics' Hindi names, beside the English ones: what Hindi readers browse.
  const hindiCategories = useCategories('hi');
  const category = params.get('category') ?? '';
  const status = params.get('status') ?? '';
  // Where each article stands in Hindi, by article id: a badge per row and the "missing Hindi" filter.
  const coverage = useCoverage('hi');
  const hindi = useMemo(
    () => new Map((coverage.data ?? []).map((c) => [c.articleId ?? '', statusOf(c.state)] as [string, LocaleStatus])),
    [coverage.data],
  );
  const hindiFilter = params.get('hi') ?? '';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const groups = useMemo(() => {
    const shown = (articles.data ?? []).filter(
      (a) =>
        (!category || a.category === category) &&
        (!status || a.status === status) &&
        (!hindiFilter || hindi.get(a.id ?? '') === hindiFilter) &&
        matches(a, text.trim()),
    );
    const titles = new Map((categories.data ?? []).map((c) => [c.slug ?? '', c.title ?? c.slug ?? '']));
    const hindiTitles = new Map((hindiCategories.data ?? []).map((c) => [c.slug ?? '', c.title ?? '']));
    const order = (categories.data ?? []).map((c) => c.slug ?? '');
    const byCategory = new Map<string, AdminArticle[]>();
    for (const a of shown) byCategory.set(a.category ?? '', [...(byCategory.get(a.category ?? '') ?? []), a]);
    return [...byCategory.entries()]
      .sort(([a], [b]) => (order.indexOf(a) + 1 || 999) - (order.indexOf(b) + 1 || 999))
      .map(([slug, items]) => {
        const title = titles.get(slug) ?? slug;
        const inHindi = hindiTitles.get(slug);
        return { slug, title, hindiTitle: inHindi && inHindi !== title ? inHindi : undefined, items };
      });
  }, [articles.data, categories.data, hindiCategories.data, category, status, text, hindi, hindiFilter]);

  const newArticle = (
    <Link to="/admin/help/articles/new" className={buttonStyles({ size: 'sm' })}>
      <FilePlus2 aria-hidden className="size-4" />
      {t('list.newArticle')}
    </Link>
  );

  return (
    <section aria-label={t('nav.articles')} className="flex flex-col">
      <div className="flex flex-wrap items-end gap-3 border-b border-border bg-surface px-4 py-3">
        <FilterSelect
          label={t('list.category')}
          value={category}
          onChange={(v) => set('category', v)}
          options={[['', t('list.any')], ...(categories.data ?? []).map((c) => [c.slug ?? '', c.title ?? ''] as [string, string])]}
        />
        <FilterSelect
          label={t('list.status')}
          value={status}
          onChange={(v) => set('status', v)}
          options={[
            ['', t('list.any')],
            ['PUBLISHED', t('status.PUBLISHED')],
            ['DRAFT', t('status.DRAFT')],
          ]}
        />
        <FilterSelect
          label={t('locales.filter')}
          value={hindiFilter}
          onChange={(v) => set('hi', v)}
          options={[
            ['', t('list.any')],
            ['MISSING', t('locales.state.MISSING')],
            ['DRAFT', t('locales.state.DRAFT')],
            ['PUBLISHED', t('locales.state.PUBLISHED')],
          ]}
        />
        <div className="w-72 self-end">
          <SearchField
            label={t('list.search')}
            placeholder={t('list.searchPlaceholder')}
            value={text}
            onValueChange={(v) => {
              setText(v);
              set('q', v);
            }}
            clearLabel={t('actions.clear')}
          />
        </div>
        <div className="ml-auto self-end">{newArticle}</div>
      </div>
      {articles.isPending ? (
        <div aria-busy className="flex flex-col gap-2 p-4">
          {Array.from({ length: 10 }, (_, i) => (
            <Skeleton key={i} className="h-9 w-full" />
          ))}
        </div>
      ) : articles.isError ? (
        <ErrorState title={t('list.failed')} description={describeError(articles.error)} retryLabel={t('actions.retry')} onRetry={() => void articles.refetch()} retrying={articles.isFetching} />
      ) : articles.data.length === 0 ? (
        <EmptyState icon={<FileText />} title={t('list.emptyTitle')} description={t('list.emptyDescription')} action={newArticle} />
      ) : groups.length === 0 ? (
        <EmptyState icon={<FileText />} title={t('list.noMatchTitle')} description={t('list.noMatchDescription')} />
      ) : (
        <div className="flex flex-col gap-6 p-4">
          {groups.map((group) => (
            <table key={group.slug} className="w-full border-collapse overflow-hidden rounded-ui border border-border bg-surface text-left">
              <caption className="pb-2 text-left text-sm font-semibold text-fg">
                {group.title}{' '}
                {group.hindiTitle && (
                  <span lang="hi" className="font-normal text-fg-muted">
                    ({group.hindiTitle}){' '}
                  </span>
                )}
                <span className="font-normal text-fg-muted">· {t('list.count', { count: group.items.length })}</span>
              </caption>
              <thead className="bg-surface-muted text-xs text-fg-muted">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">{t('list.columns.title')}</th>
                  <th scope="col" className="w-28 px-3 py-2 font-medium">{t('list.columns.status')}</th>
                  <th scope="col" className="w-36 px-3 py-2 font-medium">{t('locales.column')}</th>
                  <th scope="col" className="w-20 px-3 py-2 font-medium">{t('list.columns.version')}</th>
                  <th scope="col" className="w-32 px-3 py-2 font-medium">{t('list.columns.updated')}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {group.items.map((article) => (
                  <tr key={article.id} className="hover:bg-surface-muted">
                    <td className="px-3 py-2">
                      <Link to={`/admin/help/articles/${article.id}`} className="font-medium text-fg hover:text-primary hover:underline">
                        {article.title}
                      </Link>
                      <p className="truncate font-mono text-xs text-fg-muted">{article.slug}</p>
                    </td>
                    <td className="px-3 py-2">
                      <Badge tone={article.status === 'PUBLISHED' ? 'success' : 'neutral'}>{t(`status.${article.status ?? 'DRAFT'}`)}</Badge>
                    </td>
                    <td className="px-3 py-2">
                      {hindi.has(article.id ?? '') && (
                        <Link to={`/admin/help/articles/${article.id}?locale=hi`} className="hover:underline">
                          <LocaleBadge locale="hi" status={hindi.get(article.id ?? '') ?? 'MISSING'} />
                        </Link>
                      )}
                    </td>
                    <td className="px-3 py-2 tabular-nums text-fg-muted">v{article.version}</td>
                    <td className="px-3 py-2 text-xs text-fg-muted">{article.updatedAt && <RelativeTime value={article.updatedAt} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
      )}
    </section>
  );
}
