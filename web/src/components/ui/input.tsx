import type { InputHTMLAttributes, Ref } from 'react';
import { cn } from '@/lib/utils/cn';
import { Field, controlStyles } from './field';

export interface InputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hideLabel?: boolean;
  hint?: string;
  error?: string;
  id?: string;
  ref?: Ref<HTMLInputElement>;
}

export function Input({ label, hideLabel, hint, error, id, className, ...rest }: InputProps) {
  return (
    <Field label={label} hideLabel={hideLabel} hint={hint} error={error} id={id}>
      {({ id: controlId, describedBy, invalid }) => (
        <input
          id={controlId}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={cn(controlStyles, 'min-h-11', className)}
          {...rest}
        />
      )}
    </Field>
  );
}
