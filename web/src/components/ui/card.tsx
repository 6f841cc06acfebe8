import type { HTMLAttributes, ReactNode } from 'react';
import { cn } from '@/lib/utils/cn';

export function Card({ className, children, ...rest }: HTMLAttributes<HTMLElement> & { children: ReactNode }) {
  return (
    <section className={cn('rounded-ui border border-border bg-surface shadow-1', className)} {...rest}>
      {children}
    </section>
  );
}

/** A list with dividers; each row a ListItem. */
export function List({ className, children, ...rest }: HTMLAttributes<HTMLUListElement>) {
  return (
    <ul className={cn('divide-y divide-border overflow-hidden rounded-ui border border-border bg-surface', className)} {...rest}>
      {children}
    </ul>
  );
}

export function ListItem({ className, children, ...rest }: HTMLAttributes<HTMLLIElement>) {
  return (
    <li className={cn('block', className)} {...rest}>
      {children}
    </li>
  );
}

/** The look of a row that is a link or button: full width, ≥ 44 px, hover and focus. */
export const listRowStyles =
  'flex min-h-14 w-full items-center gap-3 px-4 py-3 text-left hover:bg-surface-muted focus-visible:-outline-offset-2';
