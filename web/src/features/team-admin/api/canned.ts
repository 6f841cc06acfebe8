import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';

// The console's canned-response API, used here for team-wide ones only (supervisors and admins).
export type TeamCanned = Schemas['CannedResponse'] & { id: string; shortcut: string; text: string };

export const teamCannedKeys = { all: ['admin', 'canned'] as const };

/** GET /api/agents/canned-responses: the caller's and their teams'; the page keeps the team ones. */
export async function listTeamCanned(signal?: AbortSignal): Promise<TeamCanned[]> {
  const all = (await unwrap(api.GET('/api/agents/canned-responses', { params: { query: {} }, signal }))) as TeamCanned[];
  return all.filter((c) => Boolean(c.team));
}

export async function saveTeamCanned(id: string | null, draft: { shortcut: string; text: string; team: string }): Promise<void> {
  await unwrap(
    id
      ? api.PUT('/api/agents/canned-responses/{id}', { params: { path: { id } }, body: draft })
      : api.POST('/api/agents/canned-responses', { body: draft }),
  );
}

export async function deleteTeamCanned(id: string): Promise<void> {
  await unwrap(api.DELETE('/api/agents/canned-responses/{id}', { params: { path: { id } } }));
}
