import { useCallback, useEffect, useRef, useState } from 'react';
import { uploadAttachment } from '../api/upload-attachment';
import type { UploadedAttachment } from '../api/types';
import { MAX_ATTACHMENTS, checkFile, type FileProblem } from '../lib/attachments';

export type UploadStatus = 'checking' | 'uploading' | 'done' | 'failed' | 'invalid';

export interface UploadItem {
  key: string;
  file: File;
  status: UploadStatus;
  /** Why the file was refused here, before it went anywhere. */
  problem?: FileProblem;
  /** Why the upload failed (the API's error). */
  error?: unknown;
  attachment?: UploadedAttachment;
  /** An object URL of the file for an image preview; revoked when the item goes. */
  previewUrl?: string;
}

let sequence = 0;

function previewOf(file: File): string | undefined {
  if (!file.type.startsWith('image/') || typeof URL.createObjectURL !== 'function') return undefined;
  return URL.createObjectURL(file);
}

function revoke(item: UploadItem) {
  if (item.previewUrl && typeof URL.revokeObjectURL === 'function') URL.revokeObjectURL(item.previewUrl);
}

/**
 * Files for a new ticket or a reply: each is checked (type by its bytes, size) and uploaded as soon
 * as it is picked, so sending only passes the ids. Items that fail keep their place with a retry.
 */
export function useAttachmentUploads() {
  const [items, setItems] = useState<UploadItem[]>([]);
  const [tooMany, setTooMany] = useState(false);
  const controllers = useRef(new Map<string, AbortController>());
  const itemsRef = useRef(items);
  itemsRef.current = items;

  const update = useCallback((key: string, patch: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const upload = useCallback(
    async (key: string, file: File) => {
      const controller = new AbortController();
      controllers.current.set(key, controller);
      update(key, { status: 'uploading', error: undefined });
      try {
        const attachment = await uploadAttachment(file, controller.signal);
        update(key, { status: 'done', attachment });
      } catch (error) {
        if (controller.signal.aborted) return;
        update(key, { status: 'failed', error });
      } finally {
        controllers.current.delete(key);
      }
    },
    [update],
  );

  const add = useCallback(
    (files: Iterable<File>) => {
      const picked = [...files];
      const room = MAX_ATTACHMENTS - itemsRef.current.length;
      setTooMany(picked.length > room);
      const accepted = picked.slice(0, Math.max(0, room));
      const added = accepted.map<UploadItem>((file) => ({
        key: `upload-${++sequence}`,
        file,
        status: 'checking',
        previewUrl: previewOf(file),
      }));
      if (!added.length) return;
      setItems((current) => [...current, ...added]);
      for (const item of added) {
        void checkFile(item.file).then((problem) => {
          if (problem) update(item.key, { status: 'invalid', problem });
          else void upload(item.key, item.file);
        });
      }
    },
    [update, upload],
  );

  const remove = useCallback((key: string) => {
    controllers.current.get(key)?.abort();
    const item = itemsRef.current.find((i) => i.key === key);
    if (item) revoke(item);
    setItems((current) => current.filter((i) => i.key !== key));
    setTooMany(false);
  }, []);

  const retry = useCallback(
    (key: string) => {
      const item = itemsRef.current.find((i) => i.key === key);
      if (item?.status === 'failed') void upload(key, item.file);
    },
    [upload],
  );

  /** After sending: the files now belong to the ticket. */
  const reset = useCallback(() => {
    for (const item of itemsRef.current) revoke(item);
    setItems([]);
    setTooMany(false);
  }, []);

  useEffect(
    () => () => {
      for (const controller of controllers.current.values()) controller.abort();
      for (const item of itemsRef.current) revoke(item);
    },
    [],
  );

  return {
    items,
    tooMany,
    add,
    remove,
    retry,
    reset,
    ids: items.flatMap((item) => (item.status === 'done' && item.attachment?.id ? [item.attachment.id] : [])),
    pending: items.some((item) => item.status === 'checking' || item.status === 'uploading'),
    blocked: items.some((item) => item.status === 'failed' || item.status === 'invalid'),
  };
}

export type AttachmentUploads = ReturnType<typeof useAttachmentUploads>;
