import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';
import { botAdminKeys } from './query-keys';

export type ImportResult = Schemas['ImportResponse'];

/**
 * POST /api/admin/bot/training-data as text/csv: merges the file's labelled examples into the
 * intents. A bad file is refused whole (400 invalid-training-data, "line N: …").
 */
export function useImportCsv() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) =>
      unwrap(
        api.POST('/api/admin/bot/training-data', {
          body: csv,
          bodySerializer: (body) => body as string,
          headers: { 'Content-Type': 'text/csv' },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: botAdminKeys.intents() });
      void client.invalidateQueries({ queryKey: ['bot-admin', 'intent'] });
    },
  });
}
