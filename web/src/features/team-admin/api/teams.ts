import { api, unwrap } from '@/lib/api/client';
import type { TeamSummary } from '@/lib/api/teams';

export { listTeams, teamKeys, type TeamSummary } from '@/lib/api/teams';

export async function createTeam(team: { name: string; displayName: string; description?: string }): Promise<TeamSummary> {
  return (await unwrap(api.POST('/api/team/teams', { body: team }))) as TeamSummary;
}

/** PATCH /api/team/teams/{name}: display name and description; the name (the key everything holds) stays. */
export async function renameTeam(name: string, change: { displayName?: string; description?: string }): Promise<TeamSummary> {
  return (await unwrap(api.PATCH('/api/team/teams/{name}', { params: { path: { name } }, body: change }))) as TeamSummary;
}

/** DELETE /api/team/teams/{name}: 409 team-in-use, saying what still uses it, unless nothing does. */
export async function deleteTeam(name: string): Promise<void> {
  await unwrap(api.DELETE('/api/team/teams/{name}', { params: { path: { name } } }));
}
