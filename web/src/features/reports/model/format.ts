/** A duration in seconds as people say it: "45 s", "4 min 30 s", "2 h 5 min", "3 d 4 h"; "–" for none. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null) return '–';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`;
  return `${Math.floor(s / 86_400)} d${Math.floor((s % 86_400) / 3600) ? ` ${Math.floor((s % 86_400) / 3600)} h` : ''}`;
}

/** A duration on a chart's axis, in one unit: "45 s", "12 min", "5 h", "1.5 h", "2 d". */
export function formatAxisDuration(seconds: number): string {
  const one = (n: number) => `${Math.round(n * 10) / 10}`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${one(seconds / 60)} min`;
  if (seconds < 86_400) return `${one(seconds / 3600)} h`;
  return `${one(seconds / 86_400)} d`;
}

/** A share as a percentage with one decimal: 0.2534 → "25.3 %". */
export function formatPercent(rate: number | null | undefined): string {
  return rate == null ? '–' : `${(Math.round(rate * 1000) / 10).toFixed(1)} %`;
}

/** The IST date `days` before `today` (YYYY-MM-DD), for the default range. */
export function istDate(now: Date, daysBefore = 0): string {
  const ist = new Date(now.getTime() + 330 * 60_000 - daysBefore * 86_400_000);
  return ist.toISOString().slice(0, 10);
}
