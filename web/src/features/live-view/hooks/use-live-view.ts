import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useOnSocketReopen, useSocketEvent } from '@/lib/socket';
import { liveKeys, liveViewQuery, type LiveView } from '../api/live';
import { newer } from '../model/live';

/** The snapshot, replaced by each live_view frame (coalesced on the server) and refetched after a reconnect. */
export function useLiveView() {
  const queryClient = useQueryClient();
  useSocketEvent('live_view', (view) =>
    queryClient.setQueryData<LiveView>(liveKeys.view, (old) => newer(old, view as LiveView)),
  );
  useOnSocketReopen(() => void queryClient.invalidateQueries({ queryKey: liveKeys.view }));
  return useQuery(liveViewQuery());
}
