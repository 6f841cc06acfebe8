import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Star } from 'lucide-react';
import { cn } from '@/lib/utils/cn';
import { getRating, ratingKeys } from '../api/ratings';

/**
 * What the customer thought of a closed chat or a resolved ticket: the stars and their comment, or
 * that they have not rated it (yet: they may still, and it is asked again when the window regains focus;
 * no polling).
 */
export function CustomerRating({ kind, id }: { kind: 'chat' | 'ticket'; id: string }) {
  const { t } = useTranslation('agent');
  const rating = useQuery({ queryKey: ratingKeys.of(kind, id), queryFn: ({ signal }) => getRating(kind, id, signal) });
  if (!rating.data) return null;
  if (!rating.data.rated || !rating.data.rating) return <span className="text-xs text-fg-muted">{t('rating.none')}</span>;
  const stars = rating.data.rating;
  return (
    <span className="flex min-w-0 items-center gap-2 text-xs text-fg">
      <span role="img" aria-label={t('rating.stars', { count: stars })} className="flex shrink-0">
        {[1, 2, 3, 4, 5].map((v) => (
          <Star key={v} aria-hidden className={cn('size-3.5', v <= stars ? 'fill-warning text-warning' : 'text-border-strong')} />
        ))}
      </span>
      {rating.data.comment && <q className="truncate text-fg-muted">{rating.data.comment}</q>}
    </span>
  );
}
