import { Bot, Headset } from 'lucide-react';
import { cn } from '@/lib/utils/cn';

export function initials(name: string | undefined): string {
  return (name ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0])
    .slice(0, 2)
    .join('')
    .toUpperCase();
}

/** Who is talking: the assistant's bot face, an agent's initials, or support's headset. */
export function Avatar({ kind, name, className }: { kind: 'bot' | 'agent' | 'support'; name?: string; className?: string }) {
  return (
    <span
      aria-hidden
      className={cn(
        'flex size-8 shrink-0 items-center justify-center rounded-full text-xs font-semibold',
        kind === 'bot' ? 'bg-primary-soft text-primary' : kind === 'agent' ? 'bg-accent-soft text-fg' : 'bg-surface-muted text-fg-muted',
        className,
      )}
    >
      {kind === 'bot' ? <Bot className="size-4" /> : kind === 'agent' && initials(name) ? initials(name) : <Headset className="size-4" />}
    </span>
  );
}
