import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';
import { botAdminKeys } from './query-keys';

export type IntentSummary = Schemas['Intent'];
export type IntentDetail = Schemas['Detail'];
export type IntentDefinition = Schemas['Definition'];

/** GET /api/admin/bot/intents: every intent with its number of examples. */
export function useIntents() {
  return useQuery({ queryKey: botAdminKeys.intents(), queryFn: ({ signal }) => unwrap(api.GET('/api/admin/bot/intents', { signal })) });
}

/** GET /api/admin/bot/intents/{name}: one intent with its examples. */
export function useIntent(name: string | null) {
  return useQuery({
    queryKey: botAdminKeys.intent(name ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/bot/intents/{name}', { params: { path: { name: name ?? '' } }, signal })),
    enabled: Boolean(name),
  });
}

/** PUT /api/admin/bot/intents/{name}: creates the intent or replaces its definition and examples. */
export function useSaveIntent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ name, definition }: { name: string; definition: IntentDefinition }) =>
      unwrap(api.PUT('/api/admin/bot/intents/{name}', { params: { path: { name } }, body: definition })),
    onSuccess: (saved, { name }) => {
      client.setQueryData(botAdminKeys.intent(name), saved);
      void client.invalidateQueries({ queryKey: botAdminKeys.intents() });
    },
  });
}

/** DELETE /api/admin/bot/intents/{name}. */
export function useDeleteIntent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(api.DELETE('/api/admin/bot/intents/{name}', { params: { path: { name } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: botAdminKeys.intents() }),
  });
}
