/**
 * A span of whole minutes, compact and without zero parts: "45m", "1h", "2h 30m", "2d 2h". The one
 * style for SLA times and the due-soon window, so a badge and the filter beside it read alike.
 */
export function formatDuration(minutes: number): string {
  const total = Math.max(0, Math.floor(minutes));
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  const parts = d > 0 ? [d && `${d}d`, h && `${h}h`] : [h && `${h}h`, m && `${m}m`];
  return parts.filter(Boolean).join(' ') || '0m';
}
