import { useEffect, useRef } from 'react';

export type ShortcutKey = 'j' | 'k' | 'c' | 'e' | 't' | '?';

/** True when a keystroke goes into a field (then single-key shortcuts must not fire). */
function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Single-key console shortcuts (Gmail style): ignored while typing, in an open dialog, or with modifiers. */
export function useShortcuts(handlers: Partial<Record<ShortcutKey, () => void>>) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typingInField(event.target)) return;
      if (document.querySelector('[role="dialog"]')) return;
      const key = event.key as ShortcutKey;
      const handler = latest.current[key];
      if (handler) {
        event.preventDefault();
        handler();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
