import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleCheck, Star } from 'lucide-react';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextArea } from '@/components/ui/text-area';
import { describeError, isApiError } from '@/lib/api/errors';
import { cn } from '@/lib/utils/cn';
import { useRateTicket } from '../api/rate-ticket';
import { useRatedTicket } from '../hooks/use-rated';
import { fieldErrorsOf } from '../lib/field-errors';

const ratings = [1, 2, 3, 4, 5] as const;

/** "How did we do?": 1 to 5 stars and a comment, once a ticket is resolved or closed; asked once. */
export function CsatPrompt({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('tickets');
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [rated, markRated] = useRatedTicket(ticketId);
  const rate = useRateTicket(ticketId);
  const alreadyRated = isApiError(rate.error) && rate.error.code === 'already-rated';
  const fieldErrors = fieldErrorsOf(rate.error);

  if (rate.isSuccess || alreadyRated || rated) {
    return (
      <Card className="flex items-start gap-3 p-4" role="status">
        <CircleCheck aria-hidden className="mt-0.5 size-6 shrink-0 text-success" />
        <div className="flex flex-col gap-0.5">
          <p className="font-medium">{alreadyRated ? t('csat.alreadyRated') : t('csat.thanks')}</p>
          {!alreadyRated && <p className="text-sm text-fg-muted">{t('csat.thanksDescription')}</p>}
        </div>
      </Card>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (rating == null) return setMissing(true);
    const text = comment.trim();
    rate.mutate({ rating, ...(text ? { comment: text } : {}) }, { onSuccess: markRated });
  }

  const ratingError = missing ? t('csat.pickRating') : fieldErrors.rating;
  const otherError = rate.isError && !fieldErrors.rating && !fieldErrors.comment ? describeError(rate.error) : undefined;

  return (
    <Card aria-labelledby="csat-title" className="p-4">
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <div className="flex flex-col gap-1">
          <h2 id="csat-title" className="text-lg font-semibold">
            {t('csat.title')}
          </h2>
          <p className="text-sm text-fg-muted">{t('csat.description')}</p>
        </div>
        <fieldset className="flex flex-col gap-2" aria-describedby={ratingError ? 'csat-rating-error' : undefined}>
          <legend className="sr-only">{t('csat.ratingLabel')}</legend>
          <div className="flex gap-1">
            {ratings.map((value) => {
              const selected = rating != null && value <= rating;
              return (
                <label
                  key={value}
                  className="flex size-11 cursor-pointer items-center justify-center rounded-ui focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-primary hover:bg-surface-muted"
                >
                  <input
                    type="radio"
                    name={`csat-${ticketId}`}
                    value={value}
                    checked={rating === value}
                    onChange={() => {
                      setRating(value);
                      setMissing(false);
                    }}
                    aria-label={`${t('csat.stars', { count: value })}, ${t(`csat.labels.${value}`)}`}
                    className="sr-only"
                  />
                  <Star
                    aria-hidden
                    className={cn('size-8', selected ? 'fill-warning text-warning' : 'text-border-strong')}
                  />
                </label>
              );
            })}
          </div>
          <p className="min-h-5 text-sm text-fg-muted" aria-live="polite">
            {rating != null ? t(`csat.labels.${rating as 1 | 2 | 3 | 4 | 5}`) : ''}
          </p>
          {ratingError && (
            <p id="csat-rating-error" role="alert" className="text-sm font-medium text-danger">
              {ratingError}
            </p>
          )}
        </fieldset>
        <TextArea
          label={t('csat.comment')}
          rows={3}
          maxLength={2000}
          value={comment}
          error={fieldErrors.comment}
          onChange={(event) => setComment(event.target.value)}
        />
        {otherError && <Banner tone="danger" title={otherError} />}
        <Button type="submit" loading={rate.isPending} className="self-start">
          {t('csat.submit')}
        </Button>
      </form>
    </Card>
  );
}
