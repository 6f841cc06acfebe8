import { formatIst, formatRelative, toDate, type DateInput } from '@/lib/format/time';
import { useNow } from '@/hooks/use-now';
import { cn } from '@/lib/utils/cn';

/** "2 min ago", with the exact IST time as its tooltip and machine-readable datetime; ticks by itself. */
export function RelativeTime({ value, className }: { value: DateInput; className?: string }) {
  const now = useNow();
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return null;
  return (
    <time dateTime={date.toISOString()} title={formatIst(date)} className={cn('tabular-nums', className)}>
      {formatRelative(date, { now })}
    </time>
  );
}
