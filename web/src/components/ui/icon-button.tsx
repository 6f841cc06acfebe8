import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { cn } from '@/lib/utils/cn';

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  /** What the button does, for screen readers and the tooltip: an icon alone says nothing. */
  label: string;
  icon: ReactNode;
  /** `md`: 44 px (customer tap target); `sm`: 36 px (consoles). */
  size?: 'sm' | 'md';
  variant?: 'ghost' | 'secondary' | 'primary';
  ref?: Ref<HTMLButtonElement>;
}

const variants = {
  ghost: 'text-fg-muted hover:bg-surface-muted hover:text-fg',
  secondary: 'border border-border-strong bg-surface text-fg hover:bg-surface-muted',
  primary: 'bg-primary text-on-primary hover:bg-primary-hover',
};

export function IconButton({
  label,
  icon,
  size = 'md',
  variant = 'ghost',
  className,
  type = 'button',
  ...rest
}: IconButtonProps) {
  return (
    <button
      type={type}
      aria-label={label}
      title={label}
      className={cn(
        'inline-flex shrink-0 items-center justify-center rounded-ui transition-colors',
        'disabled:cursor-not-allowed disabled:opacity-55',
        size === 'md' ? 'size-11' : 'size-9',
        variants[variant],
        className,
      )}
      {...rest}
    >
      <span aria-hidden className="contents">
        {icon}
      </span>
    </button>
  );
}
