import { describe, expect, it } from 'vitest';
import type { Account } from '../api/accounts';
import { invitableRoles, mayEdit, mayLockOrUnlock } from './powers';

const account = (roles: string[]) => ({ id: 'agt_1', roles }) as unknown as Account;

describe('what the team page offers', () => {
  it.each([
    [['SUPERVISOR'], ['AGENT'], true, true],
    [['SUPERVISOR'], ['AGENT', 'SUPERVISOR'], true, false],
    [['SUPERVISOR'], ['ADMIN'], false, false],
    [['ADMIN'], ['ADMIN'], true, true],
  ])('actor %j on %j: edit %s, lock %s', (actor, target, edit, lock) => {
    expect(mayEdit(actor, account(target))).toBe(edit);
    expect(mayLockOrUnlock(actor, account(target))).toBe(lock);
  });

  it('lets only admins invite supervisors and admins', () => {
    expect(invitableRoles(['SUPERVISOR'])).toEqual(['AGENT']);
    expect(invitableRoles(['ADMIN'])).toEqual(['AGENT', 'SUPERVISOR', 'ADMIN']);
  });
});
