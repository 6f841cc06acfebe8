import { readJwt } from '@/lib/jwt';

export type StaffRole = 'AGENT' | 'SUPERVISOR' | 'ADMIN';

const known: ReadonlySet<string> = new Set<StaffRole>(['AGENT', 'SUPERVISOR', 'ADMIN']);

/**
 * The roles a staff token carries (its `roles` claim). Only decides what the console shows: the
 * server checks the same roles on every route.
 */
export function rolesOf(token: string | null | undefined): ReadonlySet<StaffRole> {
  const claims = token ? readJwt(token) : null;
  const roles = Array.isArray(claims?.roles) ? claims.roles : [];
  return new Set(roles.filter((r): r is StaffRole => typeof r === 'string' && known.has(r)));
}

/** Whether someone with these roles may open a page that needs any of `needs` (none: every staff member). */
export function mayOpen(roles: ReadonlySet<StaffRole>, needs: readonly StaffRole[] | undefined): boolean {
  return !needs || needs.length === 0 || needs.some((role) => roles.has(role));
}

/**
 * Signed in with a one-time password (invite, reset): the console asks for a new password before
 * anything else. The server refuses every other route meanwhile (403 password-change-required).
 */
export function mustChoosePassword(token: string | null | undefined): boolean {
  return (token ? readJwt(token) : null)?.pwd_change === true;
}
