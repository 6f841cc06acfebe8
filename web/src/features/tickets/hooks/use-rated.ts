import { useCallback, useSyncExternalStore } from 'react';

// The API does not say whether a ticket was rated (a second rating is a 409 already-rated), so
// this device remembers the tickets it rated, to not ask again.
const KEY = 'zetpay.tickets.rated';
const listeners = new Set<() => void>();

function read(): string {
  try {
    return localStorage.getItem(KEY) ?? '[]';
  } catch {
    return '[]';
  }
}

function ids(raw: string): string[] {
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRatedTicket(ticketId: string): [rated: boolean, markRated: () => void] {
  const raw = useSyncExternalStore(subscribe, read, () => '[]');
  const markRated = useCallback(() => {
    const next = [...new Set([...ids(read()), ticketId])].slice(-200);
    try {
      localStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Private mode: the thank-you still shows for this visit.
    }
    for (const listener of listeners) listener();
  }, [ticketId]);
  return [ids(raw).includes(ticketId), markRated];
}
