import type { ReactNode } from 'react';
import { cn } from '@/lib/utils/cn';

/** Says what will appear here and offers the next step. */
export function EmptyState({
  icon,
  title,
  description,
  action,
  className,
}: {
  icon?: ReactNode;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  return (
    <div className={cn('flex flex-col items-center gap-3 px-4 py-10 text-center', className)}>
      {icon && (
        <div aria-hidden className="flex size-12 items-center justify-center rounded-ui bg-primary-soft text-primary [&>svg]:size-6">
          {icon}
        </div>
      )}
      <h2 className="text-lg font-semibold text-fg">{title}</h2>
      {description && <div className="max-w-sm text-fg-muted">{description}</div>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}
