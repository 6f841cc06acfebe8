import { useId, type ReactNode } from 'react';
import { cn } from '@/lib/utils/cn';

export interface FieldProps {
  label: string;
  /** Keeps the label for screen readers only (a search box whose purpose the placeholder shows). */
  hideLabel?: boolean;
  hint?: string;
  error?: string;
  id?: string;
  className?: string;
  children: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** Label, control, hint and error wired together (for/id, aria-describedby, aria-invalid). */
export function Field({ label, hideLabel, hint, error, id, className, children }: FieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <label htmlFor={controlId} className={cn('text-sm font-medium text-fg', hideLabel && 'sr-only')}>
        {label}
      </label>
      {children({ id: controlId, describedBy, invalid: Boolean(error) })}
      {hint && (
        <p id={hintId} className="text-sm text-fg-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

export const controlStyles = cn(
  'w-full rounded-ui border border-border-strong bg-surface px-3 text-base text-fg',
  'placeholder:text-fg-muted/80 disabled:opacity-55',
  'aria-[invalid=true]:border-danger',
);
