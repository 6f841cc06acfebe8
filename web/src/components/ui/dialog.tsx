import type { ReactNode } from 'react';
import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { cn } from '@/lib/utils/cn';

/**
 * Radix Dialog with the theme: focus trapped and returned, Escape and outside click close it,
 * title and description announced. On a phone it is a bottom sheet, on wider screens a centred box.
 */
export const Dialog = RadixDialog.Root;
export const DialogTrigger = RadixDialog.Trigger;
export const DialogClose = RadixDialog.Close;

export interface DialogContentProps {
  title: string;
  description?: string;
  /** Label of the × button. */
  closeLabel: string;
  children?: ReactNode;
  className?: string;
}

export function DialogContent({ title, description, closeLabel, children, className }: DialogContentProps) {
  return (
    <RadixDialog.Portal>
      <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
      <RadixDialog.Content
        // Without a description Radix would warn; undefined tells it there is none on purpose.
        {...(description ? {} : { 'aria-describedby': undefined })}
        className={cn(
          'fixed z-50 flex max-h-[90dvh] flex-col gap-4 overflow-y-auto bg-surface p-5 text-fg shadow-3',
          'inset-x-0 bottom-0 rounded-t-ui pb-[max(1.25rem,env(safe-area-inset-bottom))]',
          'sm:inset-auto sm:top-1/2 sm:left-1/2 sm:w-full sm:max-w-md sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-ui',
          className,
        )}
      >
        <div className="flex items-start justify-between gap-3">
          <div className="flex flex-col gap-1">
            <RadixDialog.Title className="text-lg font-semibold">{title}</RadixDialog.Title>
            {description && (
              <RadixDialog.Description className="text-sm text-fg-muted">{description}</RadixDialog.Description>
            )}
          </div>
          <RadixDialog.Close
            aria-label={closeLabel}
            title={closeLabel}
            className="-mt-2 -mr-2 inline-flex size-11 shrink-0 items-center justify-center rounded-ui text-fg-muted hover:bg-surface-muted hover:text-fg"
          >
            <X aria-hidden className="size-5" />
          </RadixDialog.Close>
        </div>
        {children}
      </RadixDialog.Content>
    </RadixDialog.Portal>
  );
}
