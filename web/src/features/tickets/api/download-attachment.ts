import { api, unwrap } from '@/lib/api/client';

/**
 * GET /api/support/tickets/{ticketId}/attachments/{attachmentId} with the bearer token in its
 * header, as a Blob: the token never goes into a URL, so a file link cannot leak it.
 */
export function downloadAttachment(ticketId: string, attachmentId: string): Promise<Blob> {
  return unwrap(
    api.GET('/api/support/tickets/{ticketId}/attachments/{attachmentId}', {
      params: { path: { ticketId, attachmentId } },
      parseAs: 'blob',
    }),
  );
}
