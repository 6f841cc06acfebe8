import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FileQuestion } from 'lucide-react';
import { ArticleBody } from '@/components/article-body';
import { BackLink } from '@/components/ui/back-link';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton, SkeletonText } from '@/components/ui/skeleton';
import { buttonStyles } from '@/components/ui/button';
import { describeError, isApiError } from '@/lib/api/errors';
import { useArticle } from '../api/get-article';

const SLOT = '\u0000';

/** A translated sentence with one element in it ("Updated <time>"), without Trans and its HTML parser. */
function withNode(text: string, node: ReactNode): ReactNode {
  const [before = '', after = ''] = text.split(SLOT);
  return (
    <>
      {before}
      {node}
      {after}
    </>
  );
}

/**
 * /support/articles/:slug. The body is the server's HTML: Markdown rendered and sanitised by the
 * help centre (links only http(s), mailto or our pages; images only from allowed hosts), which is
 * the contract of GET /api/support/faqs/{slug}. `footer` holds feedback and the way to a person.
 */
export function ArticleView({ slug, footer }: { slug: string; footer?: ReactNode }) {
  const { t, i18n } = useTranslation('helpcenter');
  const { t: tc } = useTranslation();
  const article = useArticle(slug);

  useEffect(() => {
    if (!article.data?.title) return;
    const previous = document.title;
    document.title = `${article.data.title} · ${tc('appName')}`;
    return () => {
      document.title = previous;
    };
  }, [article.data?.title, tc]);

  const back = <BackLink to="/support">{t('article.backToHelp')}</BackLink>;

  if (article.isPending) {
    return (
      <div className="flex flex-col gap-4" aria-busy="true">
        {back}
        <Skeleton className="h-8 w-5/6" />
        <Skeleton className="h-4 w-1/3" />
        <SkeletonText lines={6} className="mt-2" />
      </div>
    );
  }

  if (article.isError) {
    const missing = isApiError(article.error) && article.error.status === 404;
    return (
      <div className="flex flex-col gap-4">
        {back}
        {missing ? (
          <EmptyState
            icon={<FileQuestion />}
            title={t('article.notFoundTitle')}
            description={t('article.notFoundDescription')}
            action={
              <Link to="/support" className={buttonStyles({ variant: 'secondary' })}>
                {t('article.backToHelp')}
              </Link>
            }
          />
        ) : (
          <ErrorState
            title={t('article.failedTitle')}
            description={describeError(article.error)}
            retryLabel={tc('actions.retry')}
            onRetry={() => void article.refetch()}
            retrying={article.isFetching}
          />
        )}
      </div>
    );
  }

  const { title, html, updatedAt, locale } = article.data;
  // The server answers in English when the article has no published version in the reader's language.
  const notInYourLanguage = i18n.language !== 'en' && (locale ?? 'en') === 'en';
  return (
    <article className="flex flex-col gap-4" lang={locale ?? i18n.language}>
      {back}
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl leading-tight font-semibold">{title}</h1>
        {updatedAt && (
          <p className="text-sm text-fg-muted">
            {withNode(t('article.updated', { when: SLOT }), <RelativeTime value={updatedAt} />)}
          </p>
        )}
      </header>
      {notInYourLanguage && (
        <p role="note" lang={i18n.language} className="rounded-ui border border-border bg-surface-muted px-3 py-2 text-sm text-fg-muted">
          {t('article.notInYourLanguage')}
        </p>
      )}
      <ArticleBody html={html ?? ''} />
      {footer}
    </article>
  );
}
