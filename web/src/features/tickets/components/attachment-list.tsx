import { useTranslation } from 'react-i18next';
import { Download, FileText, Image as ImageIcon, LoaderCircle } from 'lucide-react';
import { cn } from '@/lib/utils/cn';
import type { TicketFile } from '../api/types';
import { useAttachmentDownload } from '../hooks/use-download';
import { formatFileSize, isImage } from '../lib/attachments';

/** A ticket's files; each downloads through the authenticated endpoint (token in a header). */
export function AttachmentList({ ticketId, files, className }: { ticketId: string; files: TicketFile[]; className?: string }) {
  const { t } = useTranslation('tickets');
  const { download, loading, failed } = useAttachmentDownload(ticketId);
  if (!files.length) return null;
  return (
    <ul aria-label={t('attachments.title')} className={cn('flex flex-col gap-1.5', className)}>
      {files.map((file) => {
        const name = file.filename ?? file.id ?? '';
        const busy = loading === file.id;
        const Icon = busy ? LoaderCircle : isImage(file.contentType) ? ImageIcon : FileText;
        return (
          <li key={file.id}>
            <button
              type="button"
              onClick={() => file.id && void download(file.id, name)}
              disabled={busy}
              aria-busy={busy || undefined}
              aria-label={busy ? t('attachments.downloading', { name }) : t('attachments.download', { name })}
              className="flex min-h-11 w-full items-center gap-3 rounded-ui border border-border bg-surface px-3 py-2 text-left text-fg hover:bg-surface-muted"
            >
              <Icon aria-hidden className={cn('size-5 shrink-0 text-primary', busy && 'motion-safe:animate-spin')} />
              <span className="flex min-w-0 flex-1 flex-col">
                <span className="truncate text-sm font-medium">{name}</span>
                <span className="text-xs text-fg-muted">{formatFileSize(file.size)}</span>
              </span>
              <Download aria-hidden className="size-5 shrink-0 text-fg-muted" />
            </button>
            {failed === file.id && (
              <p role="alert" className="mt-1 text-sm text-danger">
                {t('attachments.downloadFailed', { name })}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
