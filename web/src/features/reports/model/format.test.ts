import { describe, expect, it } from 'vitest';
import { formatAxisDuration, formatDuration } from './format';

describe('report durations', () => {
  it('labels an axis in one unit, so long times do not wrap', () => {
    expect(formatAxisDuration(45)).toBe('45 s');
    expect(formatAxisDuration(150)).toBe('2.5 min');
    expect(formatAxisDuration(36_000)).toBe('10 h');
    expect(formatAxisDuration(5_400)).toBe('1.5 h');
    expect(formatAxisDuration(172_800)).toBe('2 d');
  });

  it('says a duration as people say it', () => {
    expect(formatDuration(451)).toBe('7 min 31 s');
    expect(formatDuration(8_820)).toBe('2 h 27 min');
    expect(formatDuration(null)).toBe('–');
  });
});
