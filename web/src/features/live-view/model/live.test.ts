import { describe, expect, it } from 'vitest';
import type { LiveView } from '../api/live';
import { formatWait, loadRatio, newer } from './live';

const view = (at: string) => ({ at, teams: [], waitingLong: [], dueTickets: [], chatWaitWarningSeconds: 120, dueSoonSeconds: 3600 }) as LiveView;

describe('live view model', () => {
  it.each([
    [0, '0:00'],
    [65, '1:05'],
    [3729, '1:02:09'],
    [-3, '0:00'],
  ])('formats %i seconds as %s', (seconds, shown) => {
    expect(formatWait(seconds)).toBe(shown);
  });

  it('keeps the later of two views whatever order they arrive in', () => {
    const early = view('2026-12-05T10:00:00Z');
    const late = view('2026-12-05T10:00:01Z');
    expect(newer(late, early)).toBe(late);
    expect(newer(early, late)).toBe(late);
    expect(newer(undefined, early)).toBe(early);
  });

  it('caps the load bar at full', () => {
    expect(loadRatio(3, 4)).toBe(0.75);
    expect(loadRatio(6, 5)).toBe(1);
    expect(loadRatio(0, 0)).toBe(0);
  });
});
