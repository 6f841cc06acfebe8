import { intlLocale } from '@/lib/i18n';

/** Customers and agents read times in India Standard Time, wherever the server or browser is. */
export const IST = 'Asia/Kolkata';
const IST_OFFSET_MS = 5.5 * 60 * 60 * 1000; // no daylight saving in India

export type DateInput = string | number | Date;

export function toDate(input: DateInput): Date {
  return input instanceof Date ? input : new Date(input);
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let cached = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { timeZone: IST, ...options });
    cache.set(key, cached);
  }
  return cached;
}
function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  const key = `r|${locale}`;
  let cached = cache.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!cached) {
    cached = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
    cache.set(key, cached);
  }
  return cached;
}

/** "4 Dec 2026, 7:39 pm IST": the absolute time, for tooltips and anything that must be exact. */
export function formatIst(input: DateInput, locale = intlLocale()): string {
  return dateFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(toDate(input));
}

/** "7:39 pm": a time of day in IST (chat bubbles). */
export function formatIstTime(input: DateInput, locale = intlLocale()): string {
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(toDate(input));
}

/** "8 Dec 2026", or "8 Dec" within the current year: a calendar date in IST (refund ETAs, due dates). */
export function formatIstDate(input: DateInput, { now = Date.now(), locale = intlLocale() } = {}): string {
  const date = toDate(input);
  const sameYear = istYear(date.getTime()) === istYear(now);
  return dateFormat(locale, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }).format(date);
}

function istDay(ms: number): number {
  return Math.floor((ms + IST_OFFSET_MS) / 86_400_000);
}
function istYear(ms: number): number {
  return new Date(ms + IST_OFFSET_MS).getUTCFullYear();
}

/**
 * "now", "2 min ago", "3 hr ago", "yesterday", "5 days ago" (and "in 3 days" for the future); a
 * week or more away, the IST date. Under 22 hours it counts hours; beyond that, calendar days in
 * IST, so any time on the previous IST day reads "yesterday".
 */
export function formatRelative(input: DateInput, { now = Date.now(), locale = intlLocale() } = {}): string {
  const ms = toDate(input).getTime();
  if (!Number.isFinite(ms)) return '';
  const rtf = relativeFormat(locale);
  const seconds = Math.round((ms - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return rtf.format(0, 'second');
  if (abs < 45 * 60) return rtf.format(Math.round(seconds / 60) || Math.sign(seconds), 'minute');
  if (abs < 22 * 60 * 60) return rtf.format(Math.round(seconds / 3600) || Math.sign(seconds), 'hour');
  const days = istDay(ms) - istDay(now);
  if (Math.abs(days) < 7 && days !== 0) return rtf.format(days, 'day');
  if (days === 0) return rtf.format(Math.round(seconds / 3600), 'hour');
  return formatIstDate(ms, { now, locale });
}
