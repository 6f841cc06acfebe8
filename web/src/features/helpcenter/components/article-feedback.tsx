import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ThumbsDown, ThumbsUp } from 'lucide-react';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { TextArea } from '@/components/ui/text-area';
import { describeError } from '@/lib/api/errors';
import { useSendFeedback } from '../api/send-feedback';

type Step = { step: 'ask' } | { step: 'voted'; helpful: boolean } | { step: 'commented' };

/**
 * "Was this helpful?" under an article. Voting needs a signed-in customer (one vote each; voting
 * again replaces it). After a "No" it asks what was missing and sends that as the vote's comment.
 */
export function ArticleFeedback({ slug, canVote, signInHref }: { slug: string; canVote: boolean; signInHref: string }) {
  const { t } = useTranslation('helpcenter');
  const send = useSendFeedback(slug);
  const [state, setState] = useState<Step>({ step: 'ask' });
  const [comment, setComment] = useState('');
  const headingId = useId();

  const chosen = state.step === 'voted' ? state.helpful : state.step === 'commented' ? false : null;
  const pendingVote = send.isPending && !send.variables?.comment ? send.variables?.helpful : undefined;

  function vote(helpful: boolean) {
    send.mutate({ helpful }, { onSuccess: () => setState({ step: 'voted', helpful }) });
  }

  function sendComment(event: FormEvent) {
    event.preventDefault();
    const text = comment.trim().slice(0, 1000);
    if (text) send.mutate({ helpful: false, comment: text }, { onSuccess: () => setState({ step: 'commented' }) });
  }

  let status = '';
  if (state.step === 'voted') status = state.helpful ? t('feedback.thanks') : t('feedback.thanksNo');
  if (state.step === 'commented') status = t('feedback.commentSent');

  return (
    <section aria-labelledby={headingId} className="mt-4 flex flex-col gap-3 rounded-ui border border-border bg-surface p-4">
      <h2 id={headingId} className="font-semibold">
        {t('feedback.question')}
      </h2>
      {!canVote ? (
        <Link to={signInHref} className="inline-flex min-h-11 items-center text-primary underline underline-offset-2">
          {t('feedback.signInToVote')}
        </Link>
      ) : (
        <>
          <div className="flex gap-3">
            {([true, false] as const).map((helpful) => (
              <Button
                key={String(helpful)}
                variant={chosen === helpful ? 'primary' : 'secondary'}
                aria-pressed={chosen === helpful}
                icon={helpful ? <ThumbsUp aria-hidden className="size-4" /> : <ThumbsDown aria-hidden className="size-4" />}
                loading={pendingVote === helpful}
                disabled={send.isPending}
                onClick={() => vote(helpful)}
                className="flex-1"
              >
                {helpful ? t('feedback.yes') : t('feedback.no')}
              </Button>
            ))}
          </div>
          {send.isError && <Banner tone="danger" title={describeError(send.error)} />}
          <p role="status" className="text-sm text-fg-muted empty:hidden">
            {status}
          </p>
          {state.step === 'voted' && !state.helpful && (
            <form onSubmit={sendComment} className="flex flex-col gap-3">
              <TextArea
                label={t('feedback.commentLabel')}
                placeholder={t('feedback.commentPlaceholder')}
                value={comment}
                maxLength={1000}
                onChange={(event) => setComment(event.target.value)}
              />
              <Button
                type="submit"
                variant="secondary"
                className="self-start"
                loading={send.isPending && Boolean(send.variables?.comment)}
                disabled={!comment.trim() || send.isPending}
              >
                {t('feedback.sendComment')}
              </Button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
