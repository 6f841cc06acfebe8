import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BookOpen, ChevronRight } from 'lucide-react';
import { List, ListItem, listRowStyles } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { describeError } from '@/lib/api/errors';
import { useCategories } from '../api/get-categories';
import { ArticleListSkeleton } from './article-list';

export function categoryPath(slug: string): string {
  return `/support/categories/${encodeURIComponent(slug)}`;
}

/** The help centre's topics (GET /api/support/faqs/categories), each leading to its articles. */
export function CategoryList() {
  const { t } = useTranslation('helpcenter');
  const { t: tc } = useTranslation();
  const categories = useCategories();

  let body;
  if (categories.isPending) body = <ArticleListSkeleton rows={6} />;
  else if (categories.isError)
    body = (
      <ErrorState
        title={t('categories.failedTitle')}
        description={describeError(categories.error)}
        retryLabel={tc('actions.retry')}
        onRetry={() => void categories.refetch()}
        retrying={categories.isFetching}
      />
    );
  else if (categories.data.length === 0)
    body = <EmptyState icon={<BookOpen />} title={t('categories.emptyTitle')} description={t('categories.emptyDescription')} />;
  else
    body = (
      <List>
        {categories.data.map((category) =>
          category.slug ? (
            <ListItem key={category.slug}>
              <Link to={categoryPath(category.slug)} className={listRowStyles}>
                <span className="flex min-w-0 flex-1 flex-col gap-0.5">
                  <span className="font-medium">{category.title}</span>
                  {category.description && <span className="line-clamp-2 text-sm text-fg-muted">{category.description}</span>}
                </span>
                <ChevronRight aria-hidden className="size-5 shrink-0 text-fg-muted" />
              </Link>
            </ListItem>
          ) : null,
        )}
      </List>
    );

  return (
    <section aria-labelledby="help-topics" className="flex flex-col gap-3">
      <h2 id="help-topics" className="text-lg font-semibold">
        {t('categories.title')}
      </h2>
      {body}
    </section>
  );
}
