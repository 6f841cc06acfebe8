import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';

export type CobrowseAuditRow = Required<Schemas['SessionRow']>;
export interface CobrowseAuditPage {
  items: CobrowseAuditRow[];
  page: number;
  size: number;
  total: number;
}

/** What the audit asks for: IST days (YYYY-MM-DD), an agent, a page. */
export interface CobrowseAuditQuery {
  from: string;
  to: string;
  agentId?: string;
  page: number;
}

export const PAGE_SIZE = 20;

/** GET /api/cobrowse/sessions: one page of co-browsing sessions' metadata, newest first. */
export function getCobrowseSessions(query: CobrowseAuditQuery, signal?: AbortSignal): Promise<CobrowseAuditPage> {
  const params = { from: query.from, to: query.to, page: query.page, size: PAGE_SIZE, ...(query.agentId ? { agentId: query.agentId } : {}) };
  return unwrap(api.GET('/api/cobrowse/sessions', { params: { query: params }, signal })) as Promise<unknown> as Promise<CobrowseAuditPage>;
}

export function useCobrowseSessions(query: CobrowseAuditQuery) {
  return useQuery({
    queryKey: ['cobrowse', 'sessions', query] as const,
    queryFn: ({ signal }) => getCobrowseSessions(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/team/accounts, for the agent filter: everyone who could have asked. */
export function useAgentChoices() {
  return useQuery({
    queryKey: ['cobrowse', 'agents'] as const,
    queryFn: async ({ signal }) =>
      ((await unwrap(api.GET('/api/team/accounts', { signal }))) as Array<{ id: string; name: string }>)
        .map(({ id, name }) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    staleTime: 60_000,
  });
}
