import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';
import { isTraining } from '../model/progress';
import { botAdminKeys } from './query-keys';

export type ModelVersion = Schemas['ModelVersion'];
export type TrainingProgress = Schemas['TrainingProgress'];

/** GET /api/admin/bot/models: stored versions, newest first, each with its evaluation. */
export function useModels() {
  return useQuery({ queryKey: botAdminKeys.models(), queryFn: ({ signal }) => unwrap(api.GET('/api/admin/bot/models', { signal })) });
}

/**
 * GET /api/admin/bot/models/training, polled twice a second while a training runs. Polling rather
 * than the event stream: EventSource cannot send the bearer token, and a poll survives a dropped
 * connection without any reconnect logic.
 */
export function useTrainingProgress() {
  const client = useQueryClient();
  return useQuery({
    queryKey: botAdminKeys.training(),
    queryFn: async ({ signal }) => {
      const progress = await unwrap(api.GET('/api/admin/bot/models/training', { signal }));
      if (!isTraining(progress)) void client.invalidateQueries({ queryKey: botAdminKeys.models() });
      return progress;
    },
    refetchInterval: (query) => (isTraining(query.state.data) ? 500 : false),
    refetchIntervalInBackground: true,
  });
}

/** POST /api/admin/bot/models: starts a training in the background. */
export function useTrain() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/admin/bot/models')),
    onSuccess: (progress) => client.setQueryData(botAdminKeys.training(), progress),
  });
}

/** POST /api/admin/bot/models/{version}/activate: every node serves that version from now on. */
export function useActivate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => unwrap(api.POST('/api/admin/bot/models/{version}/activate', { params: { path: { version } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: botAdminKeys.models() }),
  });
}
