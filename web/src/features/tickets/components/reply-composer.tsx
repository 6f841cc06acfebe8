import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Send, WifiOff } from 'lucide-react';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { TextArea } from '@/components/ui/text-area';
import { toast } from '@/components/ui/toast';
import { describeError } from '@/lib/api/errors';
import { useReplyToTicket } from '../api/reply';
import { useAttachmentUploads } from '../hooks/use-attachment-uploads';
import { DESCRIPTION_MAX } from '../lib/categories';
import { fieldErrorsOf } from '../lib/field-errors';
import { AttachmentPicker } from './attachment-picker';

/**
 * A reply with files. Offline, the send waits and goes when the connection is back (TanStack
 * Query pauses it); the text stays until the server has it.
 */
export function ReplyComposer({ ticketId, resolved }: { ticketId: string; resolved: boolean }) {
  const { t } = useTranslation(['tickets', 'common']);
  const [message, setMessage] = useState('');
  const [localError, setLocalError] = useState<string>();
  const uploads = useAttachmentUploads();
  const reply = useReplyToTicket(ticketId);
  const serverErrors = fieldErrorsOf(reply.error);
  const messageError = localError ?? serverErrors.message;
  const otherError = reply.isError && !serverErrors.message && !serverErrors.attachments ? describeError(reply.error) : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = message.trim();
    if (!text) return setLocalError(t('reply.required'));
    if (text.length > DESCRIPTION_MAX) return setLocalError(t('reply.tooLong', { max: DESCRIPTION_MAX }));
    if (uploads.pending) return setLocalError(t('attachments.errors.pending'));
    if (uploads.blocked) return setLocalError(t('attachments.errors.failed'));
    setLocalError(undefined);
    reply.mutate(
      { message: text, ...(uploads.ids.length ? { attachments: uploads.ids } : {}) },
      {
        onSuccess: () => {
          setMessage('');
          uploads.reset();
          toast({ title: t('reply.sent'), tone: 'success' });
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-label={t('reply.form')}>
      {resolved && <p className="text-sm text-fg-muted">{t('reply.reopenHint')}</p>}
      <TextArea
        label={t('reply.label')}
        placeholder={t('reply.placeholder')}
        rows={4}
        value={message}
        maxLength={DESCRIPTION_MAX}
        error={messageError}
        onChange={(event) => {
          setMessage(event.target.value);
          if (localError) setLocalError(undefined);
          if (reply.isError) reply.reset();
        }}
      />
      <AttachmentPicker uploads={uploads} error={serverErrors.attachments} disabled={reply.isPending} />
      {reply.isPaused && (
        <Banner tone="offline" title={t('offline.waiting')}>
            {t('offline.reply')}
          </Banner>
      )}
      {otherError && <Banner tone="danger" title={otherError} />}
      <Button
        type="submit"
        loading={reply.isPending && !reply.isPaused}
        disabled={reply.isPending}
        icon={reply.isPaused ? <WifiOff aria-hidden className="size-5" /> : <Send aria-hidden className="size-5" />}
        className="self-end"
      >
        {t('reply.send')}
      </Button>
    </form>
  );
}
