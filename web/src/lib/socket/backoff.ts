export interface BackoffOptions {
  /** The first wait, before jitter. */
  baseMs: number;
  /** No wait is longer than this. */
  maxMs: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 1000, maxMs: 30_000 };

/**
 * Exponential backoff with "equal jitter": attempt n waits between half and all of
 * min(max, base·2ⁿ), so a crowd of phones that lost the same node do not come back in step, yet
 * nobody retries at once in a tight loop.
 */
export function backoffDelay(attempt: number, random: () => number, { baseMs, maxMs }: BackoffOptions = defaultBackoff): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
