import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { helpAdminKeys } from './query-keys';

/**
 * POST /api/admin/help/render: the body as customers would get it, rendered and sanitised by the
 * server's own renderer (so the preview cannot differ from the published page). The previous
 * preview stays while the next one loads, so the pane does not flicker as the editor types.
 */
export function usePreview(body: string) {
  return useQuery<string, Error, string, ReturnType<typeof helpAdminKeys.preview>>({
    queryKey: helpAdminKeys.preview(body),
    queryFn: ({ signal }) => unwrap(api.POST('/api/admin/help/render', { body: { body }, signal })).then((r): string => r.html ?? ''),
    enabled: body.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}
