import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchX } from 'lucide-react';
import { SearchField } from '@/components/ui/search-field';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { describeError } from '@/lib/api/errors';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { cn } from '@/lib/utils/cn';
import { MIN_QUERY_LENGTH, useArticleSearch, type ArticleHit } from '../api/search-articles';
import { useCategories } from '../api/get-categories';
import { markSearch, markSearchShown, SEARCH_TIMING } from '../utils/search-timing';
import { ArticleList, ArticleListSkeleton } from './article-list';

export const SEARCH_DEBOUNCE_MS = 40;

/**
 * The sticky search box with results as you type (debounced, stale requests cancelled). While
 * there is no query it shows its children (the rest of the hub) instead of results.
 */
export function HelpSearch({
  initialQuery = '',
  onQueryChange,
  onResultOpen,
  noResultsAction,
  children,
}: {
  initialQuery?: string;
  /** The settled query (after the debounce), e.g. to keep it in the URL. */
  onQueryChange?: (query: string) => void;
  onResultOpen?: (article: ArticleHit, query: string) => void;
  noResultsAction?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation('helpcenter');
  const [text, setText] = useState(initialQuery);
  const query = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const active = text.trim().length >= MIN_QUERY_LENGTH;

  const changed = useRef(onQueryChange);
  useEffect(() => {
    changed.current = onQueryChange;
  });
  useEffect(() => {
    markSearch(SEARCH_TIMING.query);
    changed.current?.(query);
  }, [query]);

  return (
    <>
      <div className="sticky top-0 z-10 -mx-4 bg-bg/95 px-4 py-3 backdrop-blur supports-[backdrop-filter]:bg-bg/80">
        <SearchField
          label={t('search.label')}
          clearLabel={t('search.clear')}
          placeholder={t('search.placeholder')}
          value={text}
          onValueChange={(value) => {
            markSearch(SEARCH_TIMING.keystroke);
            setText(value);
          }}
          aria-controls={active ? 'help-search-results' : undefined}
        />
      </div>
      {active ? <Results query={query} onOpen={onResultOpen} noResultsAction={noResultsAction} /> : children}
    </>
  );
}

function Results({
  query,
  onOpen,
  noResultsAction,
}: {
  query: string;
  onOpen?: (article: ArticleHit, query: string) => void;
  noResultsAction?: ReactNode;
}) {
  const { t } = useTranslation('helpcenter');
  const { t: tc } = useTranslation();
  const search = useArticleSearch(query);
  const categories = useCategories();
  // Stable callbacks, so the memoised list re-renders for new results, not for each keystroke.
  const titleOf = useCallback((slug: string | undefined) => categories.data?.find((c) => c.slug === slug)?.title, [categories.data]);
  const opened = useRef(onOpen);
  useEffect(() => {
    opened.current = onOpen;
  });
  const open = useCallback((article: ArticleHit) => opened.current?.(article, query), [query]);
  const settled = search.data && !search.isPlaceholderData;
  // Timing (utils/search-timing): the frame after the results for this query are committed.
  const shown = settled ? search.data : undefined;
  useEffect(() => {
    if (!shown) return;
    const frame = requestAnimationFrame(() => markSearchShown(query));
    return () => cancelAnimationFrame(frame);
  }, [shown, query]);

  let body: ReactNode;
  if (search.isError && !search.data) {
    body = (
      <ErrorState
        title={t('search.failedTitle')}
        description={describeError(search.error)}
        retryLabel={tc('actions.retry')}
        onRetry={() => void search.refetch()}
        retrying={search.isFetching}
      />
    );
  } else if (!search.data) {
    body = <ArticleListSkeleton rows={4} />;
  } else if (search.data.length === 0 && settled) {
    body = (
      <EmptyState
        icon={<SearchX />}
        title={t('search.noResultsTitle', { query })}
        description={t('search.noResultsDescription')}
        action={noResultsAction}
      />
    );
  } else {
    body = (
      <ArticleList
        articles={search.data}
        query={query}
        categoryTitle={titleOf}
        onOpen={open}
        className={cn('transition-opacity', search.isPlaceholderData && 'opacity-60')}
      />
    );
  }

  return (
    <section id="help-search-results" aria-label={t('search.results')} aria-busy={search.isFetching || undefined} className="flex flex-col gap-3">
      <p role="status" className="sr-only">
        {settled ? t('search.resultCount', { count: search.data.length }) : ''}
      </p>
      {body}
    </section>
  );
}
