import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';
import { helpAdminKeys } from './query-keys';

export type AdminArticle = Schemas['Article'];
export type ArticleDraft = Schemas['ArticleDraft'];

/** GET /api/admin/help/articles: every article, drafts included, by category then title. */
export function useArticles() {
  return useQuery({
    queryKey: helpAdminKeys.articles(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/help/articles', { signal })),
  });
}

/** GET /api/admin/help/articles/{id} (an id or a slug; a version in another language by its own id). */
export function useArticle(id: string, enabled = true) {
  return useQuery({
    queryKey: helpAdminKeys.article(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/help/articles/{id}', { params: { path: { id } }, signal })),
    enabled,
  });
}

/** Keeps the list and the article's own entries fresh after any change to it. */
function useArticleChanged() {
  const client = useQueryClient();
  return (article: AdminArticle, key?: string) => {
    if (article.id) client.setQueryData(helpAdminKeys.article(article.id), article);
    if (key && key !== article.id) client.setQueryData(helpAdminKeys.article(key), article);
    void client.invalidateQueries({ queryKey: helpAdminKeys.articles() });
    // A version in another language changed: the article's language badges and the coverage list follow.
    void client.invalidateQueries({ queryKey: ['help-admin', 'coverage'] });
    void client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'help-admin' && q.queryKey[3] === 'locales' });
    if (article.id) void client.invalidateQueries({ queryKey: helpAdminKeys.versions(article.id) });
    if (key) void client.invalidateQueries({ queryKey: helpAdminKeys.versions(key) });
  };
}

/** POST (a new draft) or PUT (a new version of an article). */
export function useSaveArticle(id: string | undefined) {
  const changed = useArticleChanged();
  return useMutation({
    mutationFn: (draft: ArticleDraft) =>
      id
        ? unwrap(api.PUT('/api/admin/help/articles/{id}', { params: { path: { id } }, body: draft }))
        : unwrap(api.POST('/api/admin/help/articles', { body: draft })),
    onSuccess: (article) => changed(article, id),
  });
}

/** POST …/publish or …/unpublish. */
export function useSetPublished(id: string) {
  const changed = useArticleChanged();
  return useMutation({
    mutationFn: (published: boolean) =>
      published
        ? unwrap(api.POST('/api/admin/help/articles/{id}/publish', { params: { path: { id } } }))
        : unwrap(api.POST('/api/admin/help/articles/{id}/unpublish', { params: { path: { id } } })),
    onSuccess: (article) => changed(article, id),
  });
}

/** GET /api/admin/help/articles/{id}/versions, newest first. */
export function useVersions(id: string) {
  return useQuery({
    queryKey: helpAdminKeys.versions(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/help/articles/{id}/versions', { params: { path: { id } }, signal })),
  });
}

/** GET …/versions/{version}: that version's content in full. */
export function useVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: helpAdminKeys.version(id, version ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/admin/help/articles/{id}/versions/{version}', { params: { path: { id, version: version ?? 0 } }, signal })),
    enabled: version !== null,
    staleTime: Infinity,
  });
}

/** POST …/versions/{version}/restore: that content becomes a new, current version. */
export function useRestoreVersion(id: string) {
  const changed = useArticleChanged();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(api.POST('/api/admin/help/articles/{id}/versions/{version}/restore', { params: { path: { id, version } } })),
    onSuccess: (article) => changed(article, id),
  });
}
