import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';
import { botAdminKeys } from './query-keys';

export type HandoverRules = Schemas['HandoverRules'];
export type HandoverChange = Schemas['Change'];

export function useHandoverRules() {
  return useQuery({ queryKey: botAdminKeys.handover(), queryFn: ({ signal }) => unwrap(api.GET('/api/admin/bot/handover-rules', { signal })) });
}

/** PUT /api/admin/bot/handover-rules: every node applies the change from the next message on. */
export function useSaveHandoverRules() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: HandoverChange) => unwrap(api.PUT('/api/admin/bot/handover-rules', { body: change })),
    onSuccess: (rules) => client.setQueryData(botAdminKeys.handover(), rules),
  });
}
