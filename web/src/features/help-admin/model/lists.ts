/** A comma-separated field ("wallet_topup, upi_pay") as the list the API takes: trimmed, no blanks, no repeats. */
export function parseList(text: string): string[] {
  return [...new Set(text.split(',').map((v) => v.trim()).filter(Boolean))];
}

export function formatList(values: readonly string[] | undefined): string {
  return (values ?? []).join(', ');
}

/** A slug from a title: lower-case words joined by dashes, as the server requires. */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
}

/** Index of articles by each of their keys (screens or error codes), keys sorted. */
export function indexBy<T>(items: readonly T[], keys: (item: T) => readonly string[] | undefined): Array<[string, T[]]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item) ?? []) {
      index.set(key, [...(index.get(key) ?? []), item]);
    }
  }
  return [...index.entries()].sort(([a], [b]) => a.localeCompare(b));
}
