import { describe, expect, it } from 'vitest';
import { csvProblem } from './csv-problem';
import { isTraining, percentOf } from './progress';

describe('csvProblem', () => {
  const file = 'text,category\nmy card is lost,lost_card\nrefund please, where is it,refund\n';

  it('takes the line from the server and shows that line of the file', () => {
    expect(csvProblem('line 3: expected 2 columns (text,category) but found 3; quote texts that contain commas', file)).toEqual({
      line: 3,
      message: 'expected 2 columns (text,category) but found 3; quote texts that contain commas',
      text: 'refund please, where is it,refund',
    });
  });

  it('keeps a problem that is not on a line as it is', () => {
    expect(csvProblem('training needs examples of at least two intents', file)).toEqual({
      line: null,
      message: 'training needs examples of at least two intents',
      text: null,
    });
  });

  it('reads Windows line ends and does not invent a line past the end of the file', () => {
    expect(csvProblem('line 2: bad', 'a\r\nb,c').text).toBe('b,c');
    expect(csvProblem('line 9: bad', 'a\nb').text).toBeNull();
  });
});

describe('training progress', () => {
  it('is a whole percentage between 0 and 100, full once finished', () => {
    expect(percentOf(undefined)).toBe(0);
    expect(percentOf({ state: 'TRAINING', percent: 42 })).toBe(42);
    expect(percentOf({ state: 'TRAINING', fraction: 0.555 })).toBe(56);
    expect(percentOf({ state: 'TRAINING', percent: 140 })).toBe(100);
    expect(percentOf({ state: 'FINISHED', percent: 99 })).toBe(100);
  });

  it('polls only while training', () => {
    expect(isTraining({ state: 'TRAINING' })).toBe(true);
    expect(isTraining({ state: 'FINISHED' })).toBe(false);
    expect(isTraining(undefined)).toBe(false);
  });
});
