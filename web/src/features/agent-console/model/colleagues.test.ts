import { expect, it } from 'vitest';
import { matchColleague } from './colleagues';

const priya = { name: 'Priya Sharma', handle: 'priya.sharma', teams: ['payments', 'kyc'] };

it.each([
  ['', true],
  ['pri', true],
  ['SHAR', true],
  ['kyc', true],
  ['pay', true],
  ['iya', false],
  ['ments', false],
  ['asha', false],
])('%j matches Priya Sharma of payments and kyc: %s', (query, expected) => {
  expect(matchColleague(priya, query)).toBe(expected);
});
