import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';

export type LiveView = Required<Schemas['LiveView']>;
export type TeamCard = Schemas['TeamCard'];
export type AgentCard = Schemas['AgentCard'];

export const liveKeys = { view: ['admin', 'live'] as const };

/** GET /api/team/live: queues, agents and what is near an SLA breach, now (supervisors and admins). */
export async function getLiveView(signal?: AbortSignal): Promise<LiveView> {
  return (await unwrap(api.GET('/api/team/live', { signal }))) as LiveView;
}

// Frames keep it current; the slow refetch picks up what time alone changes (a chat waiting past
// the warning, a ticket coming due) and an agent whose node stopped heartbeating.
export const liveViewQuery = () =>
  queryOptions({ queryKey: liveKeys.view, queryFn: ({ signal }) => getLiveView(signal), refetchInterval: 30_000 });
