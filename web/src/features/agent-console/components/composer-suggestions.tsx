import { cn } from '@/lib/utils/cn';

export interface Suggestion {
  key: string;
  primary: string;
  secondary?: string;
  disabled?: boolean;
}

/**
 * The list the composer opens above the box (canned responses after `/`, colleagues after `@`).
 * The textarea keeps focus and drives it by keyboard (aria-activedescendant); a click picks too.
 */
export function ComposerSuggestions({
  id,
  label,
  items,
  active,
  empty,
  onPick,
}: {
  id: string;
  label: string;
  items: Suggestion[];
  active: number;
  empty: string;
  onPick: (index: number) => void;
}) {
  return (
    <div className="absolute right-3 bottom-full left-3 z-20 mb-1 max-h-64 overflow-y-auto rounded-ui border border-border bg-surface shadow-2">
      <p className="border-b border-border px-3 py-1.5 text-xs font-medium text-fg-muted">{label}</p>
      {items.length === 0 ? (
        <p className="px-3 py-2 text-fg-muted">{empty}</p>
      ) : (
        <ul id={id} role="listbox" aria-label={label}>
          {items.map((s, i) => (
            <li
              key={s.key}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              aria-disabled={s.disabled || undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                onPick(i);
              }}
              className={cn('flex cursor-pointer flex-col px-3 py-1.5', i === active && 'bg-primary-soft', s.disabled && 'opacity-60')}
            >
              <span className="font-medium">{s.primary}</span>
              {s.secondary && <span className="truncate text-xs text-fg-muted">{s.secondary}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
