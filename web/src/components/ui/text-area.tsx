import type { Ref, TextareaHTMLAttributes } from 'react';
import { cn } from '@/lib/utils/cn';
import { Field, controlStyles } from './field';

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hideLabel?: boolean;
  hint?: string;
  error?: string;
  id?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextArea({ label, hideLabel, hint, error, id, className, rows = 3, ...rest }: TextAreaProps) {
  return (
    <Field label={label} hideLabel={hideLabel} hint={hint} error={error} id={id}>
      {({ id: controlId, describedBy, invalid }) => (
        <textarea
          id={controlId}
          rows={rows}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={cn(controlStyles, 'py-2.5 leading-normal', className)}
          {...rest}
        />
      )}
    </Field>
  );
}
