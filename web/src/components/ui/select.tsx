import type { Ref, SelectHTMLAttributes } from 'react';
import { ChevronDown } from 'lucide-react';
import { cn } from '@/lib/utils/cn';
import { Field, controlStyles } from './field';

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  hideLabel?: boolean;
  hint?: string;
  error?: string;
  id?: string;
  ref?: Ref<HTMLSelectElement>;
}

/**
 * A native select with the field's label, hint and error: on a phone it opens the system picker,
 * which suits one thumb better than a custom list. Options come in as children.
 */
export function Select({ label, hideLabel, hint, error, id, className, children, ...rest }: SelectProps) {
  return (
    <Field label={label} hideLabel={hideLabel} hint={hint} error={error} id={id}>
      {({ id: controlId, describedBy, invalid }) => (
        <div className="relative">
          <select
            id={controlId}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={cn(controlStyles, 'min-h-11 appearance-none pr-10', className)}
            {...rest}
          >
            {children}
          </select>
          <ChevronDown aria-hidden className="pointer-events-none absolute top-1/2 right-3 size-5 -translate-y-1/2 text-fg-muted" />
        </div>
      )}
    </Field>
  );
}
