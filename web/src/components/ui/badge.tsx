import type { ReactNode } from 'react';
import { cn } from '@/lib/utils/cn';

export type BadgeTone = 'neutral' | 'primary' | 'info' | 'success' | 'warning' | 'danger';

const tones: Record<BadgeTone, string> = {
  neutral: 'bg-surface-muted text-fg-muted',
  primary: 'bg-primary-soft text-primary',
  info: 'bg-accent-soft text-fg',
  success: 'bg-success-soft text-success',
  warning: 'bg-warning-soft text-warning',
  danger: 'bg-danger-soft text-danger',
};

/** The colour every screen uses for a ticket, chat, priority or payment status. */
export function statusTone(status: string | null | undefined): BadgeTone {
  switch ((status ?? '').toUpperCase()) {
    case 'OPEN':
    case 'ASSIGNED':
    case 'IN_PROGRESS':
      return 'info';
    case 'BOT':
      return 'primary';
    case 'QUEUED':
    case 'PENDING':
    case 'WAITING_ON_CUSTOMER':
    case 'HIGH':
      return 'warning';
    case 'RESOLVED':
    case 'SUCCESS':
    case 'SUCCEEDED':
    case 'REFUNDED':
      return 'success';
    case 'FAILED':
    case 'URGENT':
    case 'BREACHED':
      return 'danger';
    default:
      return 'neutral';
  }
}

export function Badge({ tone = 'neutral', children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1 rounded-ui px-2 py-0.5 text-xs font-medium whitespace-nowrap',
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
