import { useTranslation } from 'react-i18next';
import { ArticleBody } from '@/components/article-body';
import { SkeletonText } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api/errors';
import { cn } from '@/lib/utils/cn';
import { usePreview } from '../api/preview';

/**
 * The article as a customer's page shows it (the same heading, the server's rendering, the same
 * article styles), at the customer's phone width, beside the Markdown being written.
 */
export function ArticlePreview({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation('helpAdmin');
  const preview = usePreview(body);
  return (
    <section aria-label={t('editor.previewLabel')} className="flex min-w-0 flex-col gap-2">
      <h3 className="text-sm font-medium text-fg">{t('editor.preview')}</h3>
      <div className="rounded-ui border border-border bg-bg p-4">
        <article className={cn('mx-auto flex max-w-[420px] flex-col gap-4 text-base', preview.isFetching && 'opacity-80')}>
          <h1 className="text-2xl leading-tight font-semibold">{title}</h1>
          {body.trim() === '' ? (
            <p className="text-fg-muted">{t('editor.previewEmpty')}</p>
          ) : preview.isPending ? (
            <SkeletonText lines={6} />
          ) : preview.isError ? (
            <p role="alert" className="text-danger">
              {t('editor.previewFailed')}: {describeError(preview.error)}
            </p>
          ) : (
            <ArticleBody html={preview.data} />
          )}
        </article>
      </div>
    </section>
  );
}
