import { describe, expect, it } from 'vitest';
import { formatIst, formatIstDate, formatIstTime, formatRelative } from './time';

// Intl puts narrow no-break spaces before "pm" in some ICU versions; compare with plain spaces.
const plain = (s: string) => s.replace(/\s/g, ' ');

const NOW = Date.parse('2026-12-04T14:09:00Z'); // 4 Dec 2026, 7:39 pm IST

describe('formatIst', () => {
  it('shows the absolute time in IST whatever the zone of the browser', () => {
    expect(plain(formatIst('2026-12-04T14:09:37Z'))).toBe('4 Dec 2026, 7:39 pm IST');
  });

  it('crosses midnight at IST midnight, not UTC', () => {
    // 18:45 UTC on 4 Dec is 00:15 on 5 Dec in India.
    expect(plain(formatIst('2026-12-04T18:45:00Z'))).toBe('5 Dec 2026, 12:15 am IST');
    expect(plain(formatIstTime('2026-12-04T18:45:00Z'))).toBe('12:15 am');
  });

  it('dates leave out the year within the current year', () => {
    expect(formatIstDate('2026-12-08T04:00:00Z', { now: NOW })).toBe('8 Dec');
    expect(formatIstDate('2027-01-02T04:00:00Z', { now: NOW })).toBe('2 Jan 2027');
  });
});

describe('formatRelative', () => {
  const ago = (ms: number) => formatRelative(NOW - ms, { now: NOW });
  const SEC = 1000;
  const MIN = 60 * SEC;
  const HOUR = 60 * MIN;

  it.each<[string, number, string]>([
    ['just now', 10 * SEC, 'now'],
    ['44 s', 44 * SEC, 'now'],
    ['a minute', 60 * SEC, '1 min ago'],
    ['two minutes', 2 * MIN, '2 min ago'],
    ['three hours', 3 * HOUR, '3 hr ago'],
    ['21 hours', 21 * HOUR, '21 hr ago'],
    ['five days', 5 * 24 * HOUR, '5 days ago'],
    ['a week', 7 * 24 * HOUR, '27 Nov'],
  ])('%s ago reads "%s"', (_, ms, expected) => {
    expect(ago(ms)).toBe(expected);
  });

  it('counts days by the IST calendar', () => {
    // NOW is 7:39 pm IST; 23 hours earlier is 8:39 pm the day before: "yesterday".
    expect(ago(23 * HOUR)).toBe('yesterday');
    // 11:50 pm IST on 2 Dec, seen at 7:39 pm on 4 Dec, is two calendar days back.
    expect(formatRelative('2026-12-02T18:20:00Z', { now: NOW })).toBe('2 days ago');
  });

  it('reads the future too (refund ETAs)', () => {
    expect(formatRelative(NOW + 3 * 24 * HOUR, { now: NOW })).toBe('in 3 days');
    expect(formatRelative(NOW + 5 * MIN, { now: NOW })).toBe('in 5 min');
  });

  it('gives nothing for an invalid date', () => {
    expect(formatRelative('not a date', { now: NOW })).toBe('');
  });
});
