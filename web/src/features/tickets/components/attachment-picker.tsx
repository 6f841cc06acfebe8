import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FileText, LoaderCircle, Paperclip, RotateCw, X } from 'lucide-react';
import { IconButton } from '@/components/ui/icon-button';
import { buttonStyles } from '@/components/ui/button';
import { describeError, isApiError } from '@/lib/api/errors';
import { cn } from '@/lib/utils/cn';
import type { AttachmentUploads, UploadItem } from '../hooks/use-attachment-uploads';
import { ACCEPTED_TYPES, MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES, formatFileSize } from '../lib/attachments';

/**
 * "Add photos or PDFs": a labelled file input (works with the keyboard and on phones' pickers), and
 * each file with its preview (images), progress, and remove or retry.
 */
export function AttachmentPicker({
  uploads,
  error,
  disabled,
}: {
  uploads: AttachmentUploads;
  /** The server's message for the `attachments` field. */
  error?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation('tickets');
  const hintId = useId();
  const errorId = useId();
  const maxSize = formatFileSize(MAX_ATTACHMENT_BYTES);
  const full = uploads.items.length >= MAX_ATTACHMENTS;
  const message = uploads.tooMany ? t('attachments.errors.count', { count: MAX_ATTACHMENTS }) : error;

  return (
    <div className="flex flex-col gap-2">
      <label
        className={cn(
          buttonStyles({ variant: 'secondary', className: 'self-start focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-primary' }),
          (disabled || full) && 'cursor-not-allowed opacity-55',
        )}
      >
        <Paperclip aria-hidden className="size-5" />
        {t('attachments.add')}
        <input
          type="file"
          multiple
          accept={ACCEPTED_TYPES.join(',')}
          disabled={disabled || full}
          aria-describedby={[hintId, message ? errorId : ''].filter(Boolean).join(' ')}
          className="sr-only"
          onChange={(event) => {
            if (event.target.files?.length) uploads.add(event.target.files);
            event.target.value = ''; // picking the same file again still fires
          }}
        />
      </label>
      <p id={hintId} className="text-sm text-fg-muted">
        {t('attachments.hint', { size: maxSize, count: MAX_ATTACHMENTS })}
      </p>
      {message && (
        <p id={errorId} role="alert" className="text-sm font-medium text-danger">
          {message}
        </p>
      )}
      {uploads.items.length > 0 && (
        <ul className="flex flex-col gap-2">
          {uploads.items.map((item) => (
            <UploadRow key={item.key} item={item} uploads={uploads} />
          ))}
        </ul>
      )}
    </div>
  );
}

function UploadRow({ item, uploads }: { item: UploadItem; uploads: AttachmentUploads }) {
  const { t } = useTranslation('tickets');
  const name = item.file.name;
  const busy = item.status === 'checking' || item.status === 'uploading';
  const bad = item.status === 'failed' || item.status === 'invalid';

  let status: string;
  if (item.status === 'invalid') {
    status =
      item.problem === 'size'
        ? t('attachments.errors.size', { name, size: formatFileSize(MAX_ATTACHMENT_BYTES) })
        : item.problem === 'empty'
          ? t('attachments.errors.empty', { name })
          : t('attachments.errors.type', { name });
  } else if (item.status === 'failed') {
    status = uploadError(item.error, name, t);
  } else if (busy) {
    status = t('attachments.uploading');
  } else {
    status = `${t('attachments.uploaded')} · ${formatFileSize(item.attachment?.size ?? item.file.size)}`;
  }

  return (
    <li
      aria-busy={busy || undefined}
      className={cn(
        'flex items-center gap-3 rounded-ui border bg-surface p-2',
        bad ? 'border-danger/50 bg-danger-soft' : 'border-border',
      )}
    >
      {item.previewUrl ? (
        <img src={item.previewUrl} alt={t('attachments.preview', { name })} className="size-12 shrink-0 rounded-ui object-cover" />
      ) : (
        <span aria-hidden className="flex size-12 shrink-0 items-center justify-center rounded-ui bg-surface-muted text-fg-muted">
          <FileText className="size-6" />
        </span>
      )}
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="truncate text-sm font-medium">{name}</span>
        <span className={cn('flex items-center gap-1 text-xs', bad ? 'text-danger' : 'text-fg-muted')} role={bad ? 'alert' : undefined}>
          {busy && <LoaderCircle aria-hidden className="size-3.5 motion-safe:animate-spin" />}
          {status}
        </span>
      </span>
      {item.status === 'failed' && (
        <IconButton label={t('attachments.retry', { name })} icon={<RotateCw className="size-5" />} onClick={() => uploads.retry(item.key)} />
      )}
      <IconButton label={t('attachments.remove', { name })} icon={<X className="size-5" />} onClick={() => uploads.remove(item.key)} />
    </li>
  );
}

function uploadError(error: unknown, name: string, t: ReturnType<typeof useTranslation<'tickets'>>['t']): string {
  if (isApiError(error)) {
    if (error.status === 415 || error.code === 'unsupported-file') return t('attachments.errors.type', { name });
    if (error.status === 413 || error.code === 'payload-too-large') {
      return t('attachments.errors.size', { name, size: formatFileSize(MAX_ATTACHMENT_BYTES) });
    }
    if (error.code === 'empty-file') return t('attachments.errors.empty', { name });
  }
  return describeError(error);
}
