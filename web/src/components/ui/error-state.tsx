import type { ReactNode } from 'react';
import { CloudAlert, RotateCw } from 'lucide-react';
import { cn } from '@/lib/utils/cn';
import { Button } from './button';

/** What went wrong in plain words, and a retry. */
export function ErrorState({
  title,
  description,
  retryLabel,
  onRetry,
  retrying = false,
  className,
}: {
  title: string;
  description?: ReactNode;
  retryLabel: string;
  onRetry?: () => void;
  retrying?: boolean;
  className?: string;
}) {
  return (
    <div role="alert" className={cn('flex flex-col items-center gap-3 px-4 py-10 text-center', className)}>
      <div aria-hidden className="flex size-12 items-center justify-center rounded-ui bg-danger-soft text-danger">
        <CloudAlert className="size-6" />
      </div>
      <h2 className="text-lg font-semibold text-fg">{title}</h2>
      {description && <div className="max-w-sm text-fg-muted">{description}</div>}
      {onRetry && (
        <Button variant="secondary" onClick={onRetry} loading={retrying} icon={<RotateCw aria-hidden className="size-4" />} className="mt-2">
          {retryLabel}
        </Button>
      )}
    </div>
  );
}
