import type { LiveView } from '../api/live';

/** Frames from several nodes may cross: keep whichever view was read last. */
export function newer(current: LiveView | undefined, incoming: LiveView): LiveView {
  if (!current) return incoming;
  return Date.parse(incoming.at) >= Date.parse(current.at) ? incoming : current;
}

/** "4:05" for seconds waited (hours when it comes to that: "1:02:09"). */
export function formatWait(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** How full an agent is, 0..1, for the load bar. */
export function loadRatio(active: number, capacity: number): number {
  return capacity > 0 ? Math.min(1, active / capacity) : 0;
}
