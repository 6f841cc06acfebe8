import { useSyncExternalStore } from 'react';

// One clock for every relative time on the page: a single interval, started by the first
// subscriber and stopped by the last, so fifty "2 min ago" labels do not mean fifty timers.
const TICK_MS = 30_000;
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function snapshot() {
  // Stable between calls (React compares them), fresh enough before the first subscriber.
  if (!timer && Date.now() - now > 1000) now = Date.now();
  return now;
}

/** The current time in ms, updated every 30 s while something on screen shows a relative time. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
