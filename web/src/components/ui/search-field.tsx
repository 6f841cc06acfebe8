import { useId, useRef, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { Search, X } from 'lucide-react';
import { cn } from '@/lib/utils/cn';
import { controlStyles } from './field';

export interface SearchFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'id'> {
  /** Read by screen readers; the placeholder is not a label. */
  label: string;
  clearLabel: string;
  value: string;
  onValueChange: (value: string) => void;
  id?: string;
}

/** A labelled search box (role=search) with a clear button; Escape clears it too. */
export function SearchField({
  label,
  clearLabel,
  value,
  onValueChange,
  id,
  className,
  onKeyDown,
  ...rest
}: SearchFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const input = useRef<HTMLInputElement>(null);

  function clear() {
    onValueChange('');
    input.current?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    onKeyDown?.(event);
    if (event.key === 'Escape' && value) {
      event.preventDefault();
      onValueChange('');
    }
  }

  return (
    <div role="search" className={cn('relative', className)}>
      <label htmlFor={inputId} className="sr-only">
        {label}
      </label>
      <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-fg-muted" />
      <input
        ref={input}
        id={inputId}
        type="search"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        onKeyDown={handleKeyDown}
        autoComplete="off"
        enterKeyHint="search"
        className={cn(controlStyles, 'min-h-12 pr-12 pl-10 [&::-webkit-search-cancel-button]:hidden')}
        {...rest}
      />
      {value && (
        <button
          type="button"
          onClick={clear}
          aria-label={clearLabel}
          title={clearLabel}
          className="absolute top-1/2 right-0.5 inline-flex size-11 -translate-y-1/2 items-center justify-center rounded-ui text-fg-muted hover:text-fg"
        >
          <X aria-hidden className="size-5" />
        </button>
      )}
    </div>
  );
}
