import type { Account, Role } from '../api/accounts';

// The server's StaffPowers (decision 0035), so the page offers only what will be allowed.

const leads = (roles: readonly string[]) => roles.filter((r) => r === 'SUPERVISOR' || r === 'ADMIN');

export function isAdmin(roles: readonly string[]): boolean {
  return roles.includes('ADMIN');
}

/** Name, teams and capacity: anyone's but an admin's, unless the actor is an admin. */
export function mayEdit(actor: readonly string[], target: Account): boolean {
  return isAdmin(actor) || !target.roles.includes('ADMIN');
}

/** Disable, enable, reset the password: a supervisor only for plain agents. */
export function mayLockOrUnlock(actor: readonly string[], target: Account): boolean {
  return isAdmin(actor) || leads(target.roles).length === 0;
}

/** The roles an actor may pick when inviting. */
export function invitableRoles(actor: readonly string[]): Role[] {
  return isAdmin(actor) ? ['AGENT', 'SUPERVISOR', 'ADMIN'] : ['AGENT'];
}
