import { api, unwrap } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';

// A chat's images, shared by the customer's chat and the agent console.

/** POST /api/chat/{chatId}/images (multipart `file`): the imageUrl to send as a message. */
export async function uploadImage(chatId: string, file: File, signal?: AbortSignal): Promise<string> {
  const uploaded = await unwrap(
    api.POST('/api/chat/{chatId}/images', {
      params: { path: { chatId } },
      // openapi-fetch sends FormData as multipart with its boundary.
      body: { file: file as unknown as string },
      bodySerializer: (body) => {
        const form = new FormData();
        form.append('file', (body as unknown as { file: File }).file);
        return form;
      },
      signal,
    }),
  );
  if (!uploaded.imageUrl) throw new ApiError(500, { code: 'no-image-url' });
  return uploaded.imageUrl;
}

const IMAGE_PATH = /^\/api\/chat\/([^/]+)\/images\/([^/?#]+)$/;

/**
 * An image of a chat as a data: URL. Images are for the chat's participants only, so they are
 * fetched with the bearer token (an <img src> cannot send it); data: also passes the backend's CSP.
 */
export async function fetchImage(imageUrl: string, signal?: AbortSignal): Promise<string> {
  const match = IMAGE_PATH.exec(imageUrl);
  if (!match) throw new ApiError(400, { code: 'bad-image-url' });
  const blob = await unwrap(
    api.GET('/api/chat/{chatId}/images/{imageId}', {
      params: { path: { chatId: match[1]!, imageId: match[2]! } },
      parseAs: 'blob',
      signal,
    }),
  );
  return blobToDataUrl(blob as unknown as Blob);
}

export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the image'));
    reader.readAsDataURL(blob);
  });
}
