export const helpKeys = {
  all: ['helpcenter'] as const,
  search: (query: string, locale: string) => ['helpcenter', 'search', locale, query] as const,
  categories: (locale: string) => ['helpcenter', 'categories', locale] as const,
  category: (slug: string, locale: string) => ['helpcenter', 'category', locale, slug] as const,
  article: (slug: string, locale: string) => ['helpcenter', 'article', locale, slug] as const,
  contextual: (screen: string | null, errorCode: string | null, locale: string) =>
    ['helpcenter', 'contextual', locale, screen, errorCode] as const,
};
