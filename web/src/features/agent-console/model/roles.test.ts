import { describe, expect, it } from 'vitest';
import { expIn, fakeJwt } from '@/testing/jwt';
import { mayOpen, rolesOf } from './roles';

describe('staff roles', () => {
  it('reads the roles claim and ignores what it does not know', () => {
    const token = fakeJwt({ sub: 'agt_1', exp: expIn(60_000), roles: ['AGENT', 'SUPERVISOR', 'ROOT', 7 as unknown as string] });
    expect([...rolesOf(token)]).toEqual(['AGENT', 'SUPERVISOR']);
  });

  it('gives no role for a missing or unreadable token', () => {
    expect(rolesOf(null).size).toBe(0);
    expect(rolesOf('not-a-jwt').size).toBe(0);
  });

  it('opens a page to anyone with one of the roles it needs', () => {
    const supervisor = new Set(['AGENT', 'SUPERVISOR'] as const);
    expect(mayOpen(supervisor, ['SUPERVISOR', 'ADMIN'])).toBe(true);
    expect(mayOpen(supervisor, ['ADMIN'])).toBe(false);
    expect(mayOpen(new Set(), undefined)).toBe(true);
  });
});
