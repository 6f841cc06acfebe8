import { useId } from 'react';

/** A compact labelled select for a filter bar (the console's size, smaller than a form's). */
export function FilterSelect({ label, value, onChange, options }: { label: string; value: string; onChange: (v: string) => void; options: Array<[string, string]> }) {
  // Labelled by id rather than by wrapping: a wrapping label's text would take in every option's.
  const id = useId();
  return (
    <div className="flex flex-col gap-1 text-xs text-fg-muted">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className="h-8 min-w-32 rounded-ui border border-border bg-surface px-2 text-sm text-fg">
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
