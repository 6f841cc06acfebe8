import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';

export type DeskStatus = Schemas['DeskStatus'];
export type Availability = NonNullable<DeskStatus['availability']>;
export type QueuePosition = Schemas['QueueEntry'] & { conversationId: string };
export type LoginResponse = Schemas['LoginResponse'] & { token: string };

export const deskKeys = {
  me: ['agent', 'me'] as const,
  queue: ['agent', 'queue'] as const,
};

/** POST /api/auth/login: an agent's token (401 for a wrong password, 429 when throttled). */
export async function login(email: string, password: string): Promise<LoginResponse> {
  return (await unwrap(api.POST('/api/auth/login', { body: { email, password } }))) as LoginResponse;
}

/**
 * POST /api/auth/password: the staff member's own new password. The answer carries the token to use
 * from now on (every earlier one of the account stops working); 400 names the wrong field.
 */
export async function changePassword(currentPassword: string, newPassword: string): Promise<LoginResponse> {
  return (await unwrap(api.POST('/api/auth/password', { body: { currentPassword, newPassword } }))) as LoginResponse;
}

/** POST /api/auth/logout: revokes the token on every node (best effort: the session ends anyway). */
export async function logout(): Promise<void> {
  await unwrap(api.POST('/api/auth/logout', {})).catch(() => undefined);
}

/** GET /api/agents/me: availability, load and capacity. */
export async function getDesk(signal?: AbortSignal): Promise<DeskStatus> {
  return unwrap(api.GET('/api/agents/me', { signal }));
}

/** PUT /api/agents/me/availability. */
export async function setAvailability(availability: Availability): Promise<DeskStatus> {
  return unwrap(api.PUT('/api/agents/me/availability', { body: { availability } }));
}

/** GET /api/agents/queue: waiting conversations this agent could take, first in line first. */
export async function getQueue(signal?: AbortSignal): Promise<QueuePosition[]> {
  return (await unwrap(api.GET('/api/agents/queue', { signal }))) as QueuePosition[];
}

/** POST /api/agents/queue/{id}/pick: take a waiting conversation (409/400 when over capacity or gone). */
export async function pickConversation(conversationId: string): Promise<void> {
  await unwrap(api.POST('/api/agents/queue/{conversationId}/pick', { params: { path: { conversationId } } }));
}

/**
 * POST /api/agents/conversations/{id}/transfer: to an agent (by id) or a team's queue. The console
 * writes the reason as a private note first, so the transfer itself carries none.
 */
export async function transferConversation(conversationId: string, target: { toAgentId?: string; toTeam?: string }): Promise<void> {
  await unwrap(api.POST('/api/agents/conversations/{conversationId}/transfer', { params: { path: { conversationId } }, body: target }));
}
