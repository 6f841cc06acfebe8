import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChevronRight } from 'lucide-react';
import { List, ListItem, listRowStyles } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/utils/cn';
import { highlightTerms, parseSnippet } from '../utils/highlight';
import type { ArticleHit } from '../api/search-articles';
import { Highlighted } from './highlighted';

export function articlePath(slug: string): string {
  return `/support/articles/${encodeURIComponent(slug)}`;
}

/**
 * Articles as tappable rows: title (the query's words marked), the server's highlighted snippet
 * when there is one, and the topic. Memoised: search-as-you-type re-renders its box on every
 * keystroke, and the rows (with their highlighting) need rendering only when they change.
 */
export const ArticleList = memo(function ArticleList({
  articles,
  query = '',
  categoryTitle,
  onOpen,
  className,
}: {
  articles: ArticleHit[];
  query?: string;
  categoryTitle?: (slug: string | undefined) => string | undefined;
  onOpen?: (article: ArticleHit) => void;
  className?: string;
}) {
  const { t, i18n } = useTranslation('helpcenter');
  return (
    <List className={className}>
      {articles.map((article) => {
        if (!article.slug) return null;
        const topic = categoryTitle?.(article.category);
        // A Hindi reader is told which results open in English (no Hindi version published yet).
        const english = i18n.language !== 'en' && (article.locale ?? 'en') === 'en';
        return (
          <ListItem key={article.slug}>
            <Link to={articlePath(article.slug)} className={listRowStyles} onClick={() => onOpen?.(article)}>
              <span className="flex min-w-0 flex-1 flex-col gap-1" lang={article.locale ?? undefined}>
                <Highlighted className="font-medium text-fg" segments={highlightTerms(article.title ?? article.slug, query)} />
                {article.snippet && (
                  <Highlighted className="line-clamp-2 text-sm text-fg-muted" segments={parseSnippet(article.snippet)} />
                )}
                {(topic || english) && (
                  <span className="text-xs text-fg-muted" lang={i18n.language}>
                    {[topic, english ? t('article.inEnglish') : null].filter(Boolean).join(' · ')}
                  </span>
                )}
              </span>
              <ChevronRight aria-hidden className="size-5 shrink-0 text-fg-muted" />
            </Link>
          </ListItem>
        );
      })}
    </List>
  );
});

/** The list's shape while it loads. */
export function ArticleListSkeleton({ rows = 3, className }: { rows?: number; className?: string }) {
  return (
    <div aria-hidden className={cn('divide-y divide-border rounded-ui border border-border bg-surface', className)}>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="flex min-h-14 flex-col justify-center gap-2 px-4 py-3">
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-3 w-full" />
        </div>
      ))}
    </div>
  );
}
