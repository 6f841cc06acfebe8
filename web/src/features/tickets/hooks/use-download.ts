import { useState } from 'react';
import { saveBlob } from '@/lib/utils/save-blob';
import { downloadAttachment } from '../api/download-attachment';

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
