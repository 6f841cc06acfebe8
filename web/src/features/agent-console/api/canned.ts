import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';

export type CannedResponse = Schemas['CannedResponse'] & { id: string; shortcut: string; text: string };
export interface CannedDraft {
  shortcut: string;
  text: string;
  /** A team's response (supervisors and admins); absent: the agent's own. */
  team?: string;
}

export const cannedKeys = {
  all: ['agent', 'canned'] as const,
  search: (q: string) => ['agent', 'canned', q] as const,
};

/** GET /api/agents/canned-responses?q=: mine and my teams', by shortcut or text prefix. */
export async function searchCanned(q: string, signal?: AbortSignal): Promise<CannedResponse[]> {
  return (await unwrap(
    api.GET('/api/agents/canned-responses', { params: { query: q ? { q } : {} }, signal }),
  )) as CannedResponse[];
}

/** POST …/{id}/render: the text with its placeholders filled on the server for this conversation. */
export async function renderCanned(id: string, conversationId: string): Promise<string> {
  const rendered = await unwrap(
    api.POST('/api/agents/canned-responses/{id}/render', { params: { path: { id } }, body: { conversationId } }),
  );
  return (rendered as { text: string }).text;
}

export async function createCanned(draft: CannedDraft): Promise<CannedResponse> {
  return (await unwrap(api.POST('/api/agents/canned-responses', { body: draft }))) as CannedResponse;
}

export async function updateCanned(id: string, draft: CannedDraft): Promise<CannedResponse> {
  return (await unwrap(
    api.PUT('/api/agents/canned-responses/{id}', { params: { path: { id } }, body: draft }),
  )) as CannedResponse;
}

export async function deleteCanned(id: string): Promise<void> {
  await unwrap(api.DELETE('/api/agents/canned-responses/{id}', { params: { path: { id } } }));
}
