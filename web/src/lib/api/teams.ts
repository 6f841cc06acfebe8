import { api, unwrap } from './client';
import type { Schemas } from './types';

// The team registry is read by more than one feature (the team page, the settings' canned
// responses, the reports' team filter): one fetcher and one query key, so they share one cached
// list and a team created or renamed on the team page shows in the others' choices at once.

export type TeamSummary = Required<Pick<Schemas['TeamView'], 'name' | 'displayName' | 'members' | 'openChats' | 'queued'>> &
  Pick<Schemas['TeamView'], 'description'>;

export const teamKeys = { all: ['admin', 'teams'] as const };

/** GET /api/team/teams: the registry with members, open chats and queue. */
export async function listTeams(signal?: AbortSignal): Promise<TeamSummary[]> {
  return (await unwrap(api.GET('/api/team/teams', { signal }))) as TeamSummary[];
}
