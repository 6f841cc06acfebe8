import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleBody } from '@/components/article-body';
import { BackLink } from '@/components/ui/back-link';
import { EditorActions } from './editor-actions';
import { Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { TextArea } from '@/components/ui/text-area';
import { toast } from '@/components/ui/toast';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { describeError, isApiError } from '@/lib/api/errors';
import { useArticle, useSetPublished, type AdminArticle } from '../api/articles';
import { statusOf, useLocales, useSaveTranslation, type TranslatedLocale } from '../api/locales';
import { usePreview } from '../api/preview';
import { ArticlePreview } from './article-preview';
import { LocaleBadge, LocaleTabs } from './locale-tabs';
import { VersionHistory } from './version-history';

/**
 * /admin/help/articles/:id?locale=hi: an article's version in another language, written beside the
 * English one (its text on the left, as customers see it), with its own drafts, publication and
 * history. Slug, topic, screens and error codes are the English article's.
 */
export function TranslationEditor({ article, locale }: { article: AdminArticle; locale: TranslatedLocale }) {
  const locales = useLocales(article.id ?? '');
  const state = locales.data?.find((l) => l.locale === locale);
  const translationId = state?.id ?? undefined;
  const translation = useArticle(translationId ?? '', Boolean(translationId));
  if (locales.isPending || (translationId && translation.isPending)) {
    return (
      <div aria-busy className="flex flex-col gap-3 p-4">
        <Skeleton className="h-8 w-2/3" />
        <Skeleton className="h-64 w-full" />
      </div>
    );
  }
  const current = translationId ? translation.data : undefined;
  return (
    <div className="flex flex-col">
      <LocaleTabs articleId={article.id ?? ''} current={locale} />
      <TranslationForm
        key={`${current?.id ?? 'new'}-${current?.version ?? 0}`}
        article={article}
        locale={locale}
        translation={current}
        status={statusOf(state)}
      />
      {current?.id && <VersionHistory articleId={current.id} current={current} />}
    </div>
  );
}

function TranslationForm({
  article,
  locale,
  translation,
  status,
}: {
  article: AdminArticle;
  locale: TranslatedLocale;
  translation?: AdminArticle;
  status: ReturnType<typeof statusOf>;
}) {
  const { t } = useTranslation('helpAdmin');
  const initial = { title: translation?.title ?? '', body: translation?.body ?? '' };
  const [values, setValues] = useState(initial);
  const save = useSaveTranslation(article.id ?? '', locale);
  const publication = useSetPublished(translation?.id ?? '');
  const previewBody = useDebouncedValue(values.body, 300);
  const english = usePreview(article.body ?? '');
  const dirty = values.title !== initial.title || values.body !== initial.body;
  const fieldErrors = isApiError(save.error) ? save.error.fieldErrors : [];
  const errorOf = (field: string) => fieldErrors.find((e) => e.field === field)?.message;
  const language = t(`locales.names.${locale}`);
  const published = translation?.status === 'PUBLISHED';

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      { title: values.title, body: values.body, tags: translation?.tags ?? [], questions: translation?.questions ?? [] },
      {
        onSuccess: (saved) =>
          toast({ tone: 'success', title: translation ? t('editor.saved', { version: saved.version }) : t('locales.created', { language }) }),
      },
    );
  }

  function setPublished(next: boolean) {
    publication.mutate(next, {
      onSuccess: () => toast({ tone: 'success', title: t(next ? 'editor.published' : 'editor.unpublished') }),
      onError: (e) => toast({ tone: 'danger', title: t('editor.publishFailed'), description: describeError(e) }),
    });
  }

  return (
    <form onSubmit={submit} aria-label={t('locales.editorTitle', { language, title: article.title })} className="flex flex-col">
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-border bg-surface px-4 py-2">
        <BackLink to="/admin/help">{t('editor.back')}</BackLink>
        <h2 className="min-w-0 truncate text-base font-semibold">{t('locales.editorTitle', { language, title: article.title })}</h2>
        <LocaleBadge locale={locale} status={status} />
        {translation && <span className="text-sm text-fg-muted tabular-nums">{t('editor.version', { version: translation.version })}</span>}
        {dirty && <span className="text-sm font-medium text-warning">{t('editor.unsaved')}</span>}
        <EditorActions
          saveLabel={translation ? t('editor.save') : t('locales.saveFirstDraft', { language })}
          saveDisabled={!dirty}
          saving={save.isPending}
          exists={Boolean(translation)}
          published={published}
          publishing={publication.isPending}
          dirty={dirty}
          onPublish={setPublished}
        />
      </div>
      {!translation && <p className="mx-4 mt-3 rounded-ui bg-warning-soft px-3 py-2 text-sm text-fg">{t('locales.missingHint', { language })}</p>}
      {save.isError && fieldErrors.length === 0 && (
        <p role="alert" className="mx-4 mt-3 rounded-ui bg-danger-soft px-3 py-2 text-sm text-danger">
          {t('editor.saveFailed')}: {describeError(save.error)}
        </p>
      )}
      <div className="grid gap-4 p-4 lg:grid-cols-2">
        <section aria-label={t('locales.englishSide')} lang="en" className="flex min-w-0 flex-col gap-2">
          <h3 className="text-sm font-medium text-fg">{t('locales.englishSide')}</h3>
          <div className="rounded-ui border border-border bg-bg p-4">
            <article className="mx-auto flex max-w-[420px] flex-col gap-4 text-base">
              <h1 className="text-2xl leading-tight font-semibold">{article.title}</h1>
              {english.data ? <ArticleBody html={english.data} /> : <Skeleton className="h-40 w-full" />}
            </article>
          </div>
        </section>
        <div className="flex min-w-0 flex-col gap-3" lang={locale}>
          <Input
            label={t('locales.fields.title', { language })}
            value={values.title}
            onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))}
            error={errorOf('title')}
            required
            maxLength={200}
          />
          <TextArea
            label={t('locales.fields.body', { language })}
            value={values.body}
            onChange={(e) => setValues((v) => ({ ...v, body: e.target.value }))}
            error={errorOf('body')}
            rows={16}
            className="font-mono text-sm"
            required
            maxLength={20_000}
          />
          <ArticlePreview title={values.title} body={previewBody} />
        </div>
      </div>
    </form>
  );
}
