import { useTranslation } from 'react-i18next';
import { BookOpen } from 'lucide-react';
import { BackLink } from '@/components/ui/back-link';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api/errors';
import { useCategories } from '../api/get-categories';
import { useCategoryArticles } from '../api/get-category-articles';
import { ArticleList, ArticleListSkeleton } from './article-list';

/** /support/categories/:slug: one topic's articles. */
export function CategoryArticles({ slug, emptyAction }: { slug: string; emptyAction?: React.ReactNode }) {
  const { t } = useTranslation('helpcenter');
  const { t: tc } = useTranslation();
  const categories = useCategories();
  const articles = useCategoryArticles(slug);
  const category = categories.data?.find((c) => c.slug === slug);

  let body;
  if (articles.isPending) body = <ArticleListSkeleton rows={5} />;
  else if (articles.isError)
    body = (
      <ErrorState
        title={t('categories.failedTitle')}
        description={describeError(articles.error)}
        retryLabel={tc('actions.retry')}
        onRetry={() => void articles.refetch()}
        retrying={articles.isFetching}
      />
    );
  else if (articles.data.length === 0)
    body = (
      <EmptyState icon={<BookOpen />} title={t('categories.emptyArticles')} description={t('categories.emptyArticlesDescription')} action={emptyAction} />
    );
  else body = <ArticleList articles={articles.data} />;

  return (
    <div className="flex flex-col gap-4">
      <BackLink to="/support">{t('categories.backToHelp')}</BackLink>
      <div className="flex flex-col gap-1">
        {categories.isPending ? (
          <Skeleton className="h-8 w-2/3" />
        ) : (
          <h1 className="text-2xl font-semibold">{category?.title ?? t('categories.articlesTitle')}</h1>
        )}
        {category?.description && <p className="text-fg-muted">{category.description}</p>}
      </div>
      {body}
    </div>
  );
}
