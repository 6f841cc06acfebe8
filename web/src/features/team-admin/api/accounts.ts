import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';

export type Account = Required<Schemas['AgentView']>;
export type Role = 'AGENT' | 'SUPERVISOR' | 'ADMIN';
export interface WithOneTimePassword {
  account: Account;
  oneTimePassword: string;
}
export interface Invite {
  email: string;
  name: string;
  roles: Role[];
  teams: string[];
  maxConcurrentChats: number;
}
export interface AccountEdit {
  name?: string;
  roles?: Role[];
  teams?: string[];
  maxConcurrentChats?: number;
}

export const accountKeys = { all: ['admin', 'accounts'] as const };

/** GET /api/team/accounts: every account, enabled or not. */
export async function listAccounts(signal?: AbortSignal): Promise<Account[]> {
  return (await unwrap(api.GET('/api/team/accounts', { signal }))) as Account[];
}

/** POST /api/team/accounts: the account and its one-time password (shown once; no e-mail is sent). */
export async function inviteAccount(invite: Invite): Promise<WithOneTimePassword> {
  return (await unwrap(api.POST('/api/team/accounts', { body: invite }))) as WithOneTimePassword;
}

export async function editAccount(id: string, edit: AccountEdit): Promise<Account> {
  return (await unwrap(api.PATCH('/api/team/accounts/{id}', { params: { path: { id } }, body: edit }))) as Account;
}

export async function setAccountEnabled(id: string, enabled: boolean): Promise<Account> {
  const path = { params: { path: { id } } };
  return (await unwrap(
    enabled ? api.POST('/api/team/accounts/{id}/enable', path) : api.POST('/api/team/accounts/{id}/disable', path),
  )) as Account;
}

/** POST …/reset-password: a new one-time password; the account's sessions end. */
export async function resetPassword(id: string): Promise<WithOneTimePassword> {
  return (await unwrap(
    api.POST('/api/team/accounts/{id}/reset-password', { params: { path: { id } } }),
  )) as WithOneTimePassword;
}
