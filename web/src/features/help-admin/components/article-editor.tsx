import { useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FileQuestion } from 'lucide-react';
import { BackLink } from '@/components/ui/back-link';
import { Badge } from '@/components/ui/badge';
import { EditorActions } from './editor-actions';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Skeleton, SkeletonText } from '@/components/ui/skeleton';
import { TextArea } from '@/components/ui/text-area';
import { toast } from '@/components/ui/toast';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { describeError, isApiError } from '@/lib/api/errors';
import { useArticle, useSaveArticle, useSetPublished, type AdminArticle, type ArticleDraft } from '../api/articles';
import { useCategories } from '../api/categories';
import { formatList, parseList, slugify } from '../model/lists';
import { ArticlePreview } from './article-preview';
import { LocaleTabs } from './locale-tabs';
import { TranslationEditor } from './translation-editor';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../api/locales';
import { VersionHistory } from './version-history';

interface FormValues {
  title: string;
  slug: string;
  category: string;
  tags: string;
  screens: string;
  errorCodes: string;
  body: string;
}

function valuesOf(article: AdminArticle): FormValues {
  return {
    title: article.title ?? '',
    slug: article.slug ?? '',
    category: article.category ?? '',
    tags: formatList(article.tags),
    screens: formatList(article.screens),
    errorCodes: formatList(article.errorCodes),
    body: article.body ?? '',
  };
}

function draftOf(values: FormValues, article?: AdminArticle): ArticleDraft {
  return {
    slug: values.slug.trim(),
    locale: article?.locale,
    category: values.category,
    title: values.title,
    body: values.body,
    tags: parseList(values.tags),
    // The editor does not show the example questions (the bot's matching uses them): kept as they are.
    questions: article?.questions ?? [],
    screens: parseList(values.screens),
    errorCodes: parseList(values.errorCodes),
  };
}

/** /admin/help/articles/:id and /admin/help/articles/new (?title= prefills it from a search nobody found). */
export function ArticleEditor() {
  const { id } = useParams();
  return id ? <ExistingArticle id={id} /> : <NewArticle />;
}

function NewArticle() {
  const [params] = useSearchParams();
  const title = params.get('title') ?? '';
  const initial: FormValues = { title, slug: slugify(title), category: '', tags: '', screens: '', errorCodes: '', body: '' };
  return <EditorForm initial={initial} />;
}

function ExistingArticle({ id }: { id: string }) {
  const { t } = useTranslation('helpAdmin');
  const [params] = useSearchParams();
  const article = useArticle(id);
  const locale = params.get('locale');
  if (article.isPending) {
    return (
      <div aria-busy className="grid gap-4 p-4 lg:grid-cols-2">
        <div className="flex flex-col gap-3">
          <Skeleton className="h-8 w-2/3" />
          <Skeleton className="h-11 w-full" />
          <Skeleton className="h-11 w-full" />
          <Skeleton className="h-64 w-full" />
        </div>
        <SkeletonText lines={10} />
      </div>
    );
  }
  if (article.isError) {
    return isApiError(article.error) && article.error.status === 404 ? (
      <EmptyState icon={<FileQuestion />} title={t('editor.notFoundTitle')} description={t('editor.notFoundDescription')} action={<BackLink to="/admin/help">{t('editor.back')}</BackLink>} />
    ) : (
      <ErrorState title={t('editor.failed')} description={describeError(article.error)} retryLabel={t('actions.retry')} onRetry={() => void article.refetch()} retrying={article.isFetching} />
    );
  }
  if (locale && (TRANSLATED_LOCALES as readonly string[]).includes(locale) && article.data.locale === 'en') {
    return <TranslationEditor article={article.data} locale={locale as TranslatedLocale} />;
  }
  // Keyed by version: a save or a restore (a new version) starts the form from what the server kept.
  return <EditorForm key={`${article.data.id}-${article.data.version}`} initial={valuesOf(article.data)} article={article.data} />;
}

function EditorForm({ initial, article }: { initial: FormValues; article?: AdminArticle }) {
  const { t } = useTranslation('helpAdmin');
  const navigate = useNavigate();
  const categories = useCategories();
  const [values, setValues] = useState(initial);
  const [slugEdited, setSlugEdited] = useState(Boolean(article));
  const save = useSaveArticle(article?.id);
  const publication = useSetPublished(article?.id ?? '');
  const previewBody = useDebouncedValue(values.body, 300);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const category = values.category || categories.data?.[0]?.slug || '';
  const fieldErrors = isApiError(save.error) ? save.error.fieldErrors : [];
  const errorOf = (field: string) => fieldErrors.find((e) => e.field === field)?.message;

  const set = (field: keyof FormValues) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value, ...(field === 'title' && !slugEdited ? { slug: slugify(value) } : {}) }));

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(draftOf({ ...values, category }, article), {
      onSuccess: (saved) => {
        if (article) {
          toast({ tone: 'success', title: t('editor.saved', { version: saved.version }) });
        } else {
          toast({ tone: 'success', title: t('editor.created') });
          void navigate(`/admin/help/articles/${saved.id}`, { replace: true });
        }
      },
    });
  }

  function setPublished(published: boolean) {
    publication.mutate(published, {
      onSuccess: () => toast({ tone: 'success', title: t(published ? 'editor.published' : 'editor.unpublished') }),
      onError: (e) => toast({ tone: 'danger', title: t('editor.publishFailed'), description: describeError(e) }),
    });
  }

  const published = article?.status === 'PUBLISHED';
  return (
    <div className="flex flex-col">
      {article?.id && <LocaleTabs articleId={article.id} current="en" />}
      <form onSubmit={submit} aria-label={article ? article.title : t('editor.newTitle')} className="flex flex-col">
        <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-border bg-surface px-4 py-2">
          <BackLink to="/admin/help">{t('editor.back')}</BackLink>
          <h2 className="min-w-0 truncate text-base font-semibold">{article ? article.title : t('editor.newTitle')}</h2>
          {article && (
            <>
              <Badge tone={published ? 'success' : 'neutral'}>{t(`status.${published ? 'PUBLISHED' : 'DRAFT'}`)}</Badge>
              <span className="text-sm text-fg-muted tabular-nums">{t('editor.version', { version: article.version })}</span>
            </>
          )}
          {dirty && <span className="text-sm font-medium text-warning">{t('editor.unsaved')}</span>}
          <EditorActions
            saveLabel={article ? t('editor.save') : t('editor.saveNew')}
            saveDisabled={!dirty && Boolean(article)}
            saving={save.isPending}
            exists={Boolean(article)}
            published={published}
            publishing={publication.isPending}
            dirty={dirty}
            onPublish={setPublished}
          />
        </div>
        {save.isError && fieldErrors.length === 0 && (
          <p role="alert" className="mx-4 mt-3 rounded-ui bg-danger-soft px-3 py-2 text-sm text-danger">
            {t('editor.saveFailed')}: {describeError(save.error)}
          </p>
        )}
        <div className="grid gap-4 p-4 lg:grid-cols-2">
          <div className="flex min-w-0 flex-col gap-3">
            <Input label={t('editor.fields.title')} value={values.title} onChange={(e) => set('title')(e.target.value)} error={errorOf('title')} required maxLength={200} />
            <div className="grid gap-3 sm:grid-cols-2">
              <Input
                label={t('editor.fields.slug')}
                value={values.slug}
                onChange={(e) => {
                  setSlugEdited(true);
                  set('slug')(e.target.value);
                }}
                error={errorOf('slug')}
                className="font-mono text-sm"
                required
              />
              <Select label={t('editor.fields.category')} value={category} onChange={(e) => set('category')(e.target.value)} error={errorOf('category')}>
                {(categories.data ?? []).map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.title}
                  </option>
                ))}
              </Select>
            </div>
            <Input label={t('editor.fields.tags')} hint={t('editor.fields.listHint')} value={values.tags} onChange={(e) => set('tags')(e.target.value)} />
            <div className="grid gap-3 sm:grid-cols-2">
              <Input label={t('editor.fields.screens')} hint={t('editor.fields.screensHint')} value={values.screens} onChange={(e) => set('screens')(e.target.value)} className="font-mono text-sm" />
              <Input label={t('editor.fields.errorCodes')} hint={t('editor.fields.errorCodesHint')} value={values.errorCodes} onChange={(e) => set('errorCodes')(e.target.value)} className="font-mono text-sm" />
            </div>
            <TextArea label={t('editor.fields.body')} value={values.body} onChange={(e) => set('body')(e.target.value)} error={errorOf('body')} rows={18} className="font-mono text-sm" required maxLength={20_000} />
          </div>
          <ArticlePreview title={values.title} body={previewBody} />
        </div>
      </form>
      {article?.id && <VersionHistory articleId={article.id} current={article} />}
    </div>
  );
}
