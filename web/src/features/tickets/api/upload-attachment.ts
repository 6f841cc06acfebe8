import { api, unwrap } from '@/lib/api/client';
import type { UploadedAttachment } from './types';

/**
 * POST /api/support/attachments (multipart `file`): uploaded first, then its id goes in
 * `attachments` when raising a ticket or replying. The server checks the bytes (JPEG, PNG, GIF or
 * PDF, at most 10 MB) and re-encodes images without their EXIF data.
 */
export function uploadAttachment(file: File, signal?: AbortSignal): Promise<UploadedAttachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  // openapi-fetch passes FormData through untouched, so the browser sets the multipart boundary.
  return unwrap(api.POST('/api/support/attachments', { body: form as unknown as { file: string }, signal }));
}
