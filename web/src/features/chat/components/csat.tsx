import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CircleCheck, Star } from 'lucide-react';
import { describeError, isApiError } from '@/lib/api/errors';
import { cn } from '@/lib/utils/cn';
import { rateChat } from '../api/chats';

const ratedKey = (chatId: string) => `zetpay.chat.rated.${chatId}`;

function wasRated(chatId: string): boolean {
  try {
    return localStorage.getItem(ratedKey(chatId)) === '1';
  } catch {
    return false;
  }
}

/** After the chat ends: how did we do, 1 to 5, and an optional comment; once per chat. */
export function Csat({ chatId, onStartNew }: { chatId: string; onStartNew?: () => void }) {
  const { t } = useTranslation('chat');
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [done, setDone] = useState(() => wasRated(chatId));
  const submit = useMutation({
    mutationFn: () => rateChat(chatId, rating, comment),
    onSuccess: () => finish(),
    onError: (error) => {
      // Rated before (another tab, an earlier visit): nothing more to ask.
      if (isApiError(error) && error.code === 'already-rated') finish();
    },
  });
  const finish = () => {
    try {
      localStorage.setItem(ratedKey(chatId), '1');
    } catch {
      // private mode: we may ask again next time
    }
    setDone(true);
  };

  return (
    <section aria-labelledby="zetchat-csat" className="flex flex-col gap-3 border-t border-border bg-surface px-4 py-4 pb-[max(1rem,env(safe-area-inset-bottom))]">
      {done ? (
        <p role="status" className="flex items-center gap-2 font-medium" id="zetchat-csat">
          <CircleCheck aria-hidden className="size-5 text-success" />
          {t('csat.thanks')}
        </p>
      ) : (
        <form
          className="flex flex-col gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (rating) submit.mutate();
          }}
        >
          <h2 id="zetchat-csat" className="font-semibold">
            {t('csat.title')}
          </h2>
          <div role="radiogroup" aria-label={t('csat.ratingLabel')} className="flex gap-1">
            {[1, 2, 3, 4, 5].map((value) => (
              <button
                key={value}
                type="button"
                role="radio"
                aria-checked={rating === value}
                aria-label={t('csat.star', { count: value })}
                onClick={() => setRating(value)}
                className="flex size-11 items-center justify-center rounded-ui hover:bg-surface-muted"
              >
                <Star aria-hidden className={cn('size-7', value <= rating ? 'fill-warning text-warning' : 'text-border-strong')} />
              </button>
            ))}
          </div>
          <label className="flex flex-col gap-1.5 text-sm font-medium">
            {t('csat.commentLabel')}
            <textarea
              value={comment}
              maxLength={2000}
              rows={2}
              onChange={(event) => setComment(event.target.value)}
              className="rounded-ui border border-border-strong bg-surface px-3 py-2 text-base font-normal text-fg"
            />
          </label>
          {submit.isError && !(isApiError(submit.error) && submit.error.code === 'already-rated') && (
            <p role="alert" className="text-sm text-danger">
              {describeError(submit.error)}
            </p>
          )}
          <button
            type="submit"
            disabled={!rating || submit.isPending}
            className="min-h-11 rounded-ui bg-primary px-4 font-medium text-on-primary hover:bg-primary-hover disabled:opacity-55"
          >
            {submit.isPending ? t('csat.sending') : t('csat.submit')}
          </button>
        </form>
      )}
      {onStartNew && (
        <button type="button" onClick={onStartNew} className="min-h-11 rounded-ui border border-border-strong px-4 font-medium text-fg hover:bg-surface-muted">
          {t('startNew')}
        </button>
      )}
    </section>
  );
}
