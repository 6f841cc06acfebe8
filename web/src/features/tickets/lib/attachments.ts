import { intlLocale } from '@/lib/i18n';
/** The backend's limits (support.tickets.attachments.max-size and at most 10 files per message). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'application/pdf'] as const;
export type AcceptedType = (typeof ACCEPTED_TYPES)[number];

const signatures: Array<[AcceptedType, number[]]> = [
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38]], // GIF8(7|9)a
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
];

async function head(file: Blob, length: number): Promise<Uint8Array> {
  const slice = file.slice(0, length);
  if (typeof slice.arrayBuffer === 'function') return new Uint8Array(await slice.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(slice);
  });
}

/** The file's type by its first bytes, as the server decides it (a renamed .exe is not a PDF). */
export async function sniffType(file: Blob): Promise<AcceptedType | null> {
  const bytes = await head(file, 8);
  const match = signatures.find(([, signature]) => signature.every((byte, i) => bytes[i] === byte));
  return match ? match[0] : null;
}

export type FileProblem = 'empty' | 'size' | 'type';

/** Why the server would refuse this file, checked before uploading it. */
export async function checkFile(file: File): Promise<FileProblem | null> {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'size';
  return (await sniffType(file)) ? null : 'type';
}

/** 1.2 MB, 340 KB: a file's size for people. */
export function formatFileSize(bytes: number | undefined, locale = intlLocale()): string {
  if (bytes == null || !Number.isFinite(bytes)) return '';
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 2 ? 1 : 0,
  }).format(value);
}

export function isImage(contentType: string | undefined): boolean {
  return Boolean(contentType?.startsWith('image/'));
}
