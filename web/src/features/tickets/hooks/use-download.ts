import { useState } from 'react';
import { downloadAttachment } from '../api/download-attachment';

/** Hands a Blob to the browser as a file download, through a short-lived object URL. */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser (and slow WebViews) time to start reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Downloads a ticket's file with the token in the Authorization header (never in a URL): fetch
 * the bytes, then save them through a blob: URL. Tracks which file is loading and which failed.
 */
export function useAttachmentDownload(ticketId: string) {
  const [loading, setLoading] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  async function download(attachmentId: string, filename: string) {
    setLoading(attachmentId);
    setFailed(null);
    try {
      saveBlob(await downloadAttachment(ticketId, attachmentId), filename);
    } catch {
      setFailed(attachmentId);
    } finally {
      setLoading(null);
    }
  }

  return { download, loading, failed };
}
