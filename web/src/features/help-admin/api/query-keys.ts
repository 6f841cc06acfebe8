export const helpAdminKeys = {
  all: ['help-admin'] as const,
  articles: () => ['help-admin', 'articles'] as const,
  article: (id: string) => ['help-admin', 'article', id] as const,
  versions: (id: string) => ['help-admin', 'article', id, 'versions'] as const,
  version: (id: string, version: number) => ['help-admin', 'article', id, 'versions', version] as const,
  locales: (id: string) => ['help-admin', 'article', id, 'locales'] as const,
  coverage: (locale: string) => ['help-admin', 'coverage', locale] as const,
  categories: () => ['help-admin', 'categories'] as const,
  preview: (body: string) => ['help-admin', 'preview', body] as const,
  analytics: (days: number) => ['help-admin', 'analytics', days] as const,
};
