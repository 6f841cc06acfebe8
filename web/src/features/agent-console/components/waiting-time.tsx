import { useEffect, useState } from 'react';
import { formatIst, toDate } from '@/lib/format';
import { cn } from '@/lib/utils/cn';

/** "4:05" since a time, ticking every second; amber after 2 min, red after 5. */
export function formatWait(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export function WaitingTime({ since, label }: { since: string; label: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const ms = now - toDate(since).getTime();
  return (
    <span
      title={formatIst(since)}
      aria-label={`${label} ${formatWait(ms)}`}
      className={cn('tabular-nums text-xs', ms > 300_000 ? 'text-danger font-medium' : ms > 120_000 ? 'text-warning' : 'text-fg-muted')}
    >
      {formatWait(ms)}
    </span>
  );
}
