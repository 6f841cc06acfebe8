import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';

export type Trial = Schemas['Trial'];

/** POST /api/admin/bot/try: the active model's reading of a sentence and what the bot would do with it. */
export function useTryIt() {
  return useMutation({ mutationFn: (text: string) => unwrap(api.POST('/api/admin/bot/try', { body: { text } })) });
}
