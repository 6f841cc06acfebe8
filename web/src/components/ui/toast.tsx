import { useEffect, useSyncExternalStore } from 'react';
import { CircleAlert, CircleCheck, Info, X } from 'lucide-react';
import { cn } from '@/lib/utils/cn';

export type ToastTone = 'info' | 'success' | 'danger';

export interface ToastInput {
  title: string;
  description?: string;
  tone?: ToastTone;
  /** Milliseconds on screen; 0 keeps it until dismissed. */
  duration?: number;
}

export interface ToastItem extends Required<Omit<ToastInput, 'description'>> {
  id: number;
  description?: string;
}

let toasts: ToastItem[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

/** Shows a toast from anywhere (a mutation's onError, a socket event). Returns its id. */
export function toast(input: ToastInput): number {
  const item: ToastItem = { id: nextId++, tone: 'info', duration: 5000, ...input };
  toasts = [...toasts.slice(-2), item]; // at most three at once
  emit();
  return item.id;
}

export function dismissToast(id: number) {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const icons = { info: Info, success: CircleCheck, danger: CircleAlert };
const tones = { info: 'text-primary', success: 'text-success', danger: 'text-danger' };

function ToastCard({ item, dismissLabel }: { item: ToastItem; dismissLabel: string }) {
  useEffect(() => {
    if (!item.duration) return;
    const timer = setTimeout(() => dismissToast(item.id), item.duration);
    return () => clearTimeout(timer);
  }, [item.id, item.duration]);
  const Icon = icons[item.tone];
  return (
    // The role sits inside the item: on the <li> itself it would hide the list item from the list.
    <li className="pointer-events-auto">
      <div role={item.tone === 'danger' ? 'alert' : 'status'} className="flex w-full items-start gap-3 rounded-ui border border-border bg-surface p-3 pl-4 text-fg shadow-3">
        <Icon aria-hidden className={cn('mt-0.5 size-5 shrink-0', tones[item.tone])} />
        <div className="flex min-w-0 flex-1 flex-col gap-0.5 py-0.5">
          <p className="font-medium">{item.title}</p>
          {item.description && <p className="text-sm text-fg-muted">{item.description}</p>}
        </div>
        <button
          type="button"
          onClick={() => dismissToast(item.id)}
          aria-label={dismissLabel}
          title={dismissLabel}
          className="-my-1 inline-flex size-11 shrink-0 items-center justify-center rounded-ui text-fg-muted hover:text-fg"
        >
          <X aria-hidden className="size-4" />
        </button>
      </div>
    </li>
  );
}

/** Where toasts appear: once, in the app shell. */
export function Toaster({ dismissLabel }: { dismissLabel: string }) {
  const items = useSyncExternalStore(subscribe, () => toasts, () => toasts);
  return (
    <ol
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-50 mx-auto flex max-w-md flex-col gap-2 p-3 pb-[max(0.75rem,env(safe-area-inset-bottom))]"
    >
      {items.map((item) => (
        <ToastCard key={item.id} item={item} dismissLabel={dismissLabel} />
      ))}
    </ol>
  );
}
