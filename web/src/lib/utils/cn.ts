/** Joins class names, skipping falsy ones (a 10-line clsx: the customer bundle counts every byte). */
export function cn(...parts: Array<string | false | null | undefined | 0>): string {
  let out = '';
  for (const part of parts) {
    if (part) out = out ? `${out} ${part}` : part;
  }
  return out;
}
