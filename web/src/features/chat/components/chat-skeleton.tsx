import { Skeleton } from '@/components/ui/skeleton';

/** The thread's shape while it loads: bubbles left and right, no spinner. */
export function ChatSkeleton() {
  return (
    <div aria-hidden className="flex flex-1 flex-col justify-end gap-3 p-4">
      <div className="flex gap-2">
        <Skeleton className="size-8 rounded-full" />
        <Skeleton className="h-16 w-3/4" />
      </div>
      <Skeleton className="h-10 w-1/2 self-end" />
      <div className="flex gap-2">
        <Skeleton className="size-8 rounded-full" />
        <Skeleton className="h-12 w-2/3" />
      </div>
      <Skeleton className="h-10 w-2/5 self-end" />
    </div>
  );
}
