import { cn } from '@/lib/utils/cn';

/** A grey placeholder the size of what will load: no spinner, no jump when it arrives. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden className={cn('rounded-ui bg-surface-muted motion-safe:animate-pulse', className)} />;
}

/** Lines of text; the last one shorter, as real text is. */
export function SkeletonText({ lines = 3, className }: { lines?: number; className?: string }) {
  return (
    <div aria-hidden className={cn('flex flex-col gap-2', className)}>
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} className={cn('h-4', i === lines - 1 && lines > 1 ? 'w-2/3' : 'w-full')} />
      ))}
    </div>
  );
}
