import type { ReactNode } from 'react';
import { CircleAlert, Info, TriangleAlert, WifiOff } from 'lucide-react';
import { cn } from '@/lib/utils/cn';

export type BannerTone = 'info' | 'warning' | 'danger' | 'offline';

const tones: Record<BannerTone, string> = {
  info: 'bg-primary-soft text-fg border-primary/30',
  warning: 'bg-warning-soft text-fg border-warning/40',
  danger: 'bg-danger-soft text-fg border-danger/40',
  offline: 'bg-fg text-bg border-transparent',
};
const icons = { info: Info, warning: TriangleAlert, danger: CircleAlert, offline: WifiOff };

/** A full-width notice: offline, a failed load, a session that ended. */
export function Banner({
  tone = 'info',
  title,
  children,
  action,
  className,
}: {
  tone?: BannerTone;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  const Icon = icons[tone];
  return (
    <div
      role={tone === 'danger' ? 'alert' : 'status'}
      className={cn('flex items-start gap-3 rounded-ui border px-4 py-3 text-sm', tones[tone], className)}
    >
      <Icon aria-hidden className="mt-0.5 size-5 shrink-0" />
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <p className="font-medium">{title}</p>
        {children && <div className="opacity-90">{children}</div>}
      </div>
      {action && <div className="shrink-0 self-center">{action}</div>}
    </div>
  );
}
