export const helpKeys = {
  all: ['helpcenter'] as const,
  search: (query: string) => ['helpcenter', 'search', query] as const,
  categories: () => ['helpcenter', 'categories'] as const,
  category: (slug: string) => ['helpcenter', 'category', slug] as const,
  article: (slug: string) => ['helpcenter', 'article', slug] as const,
  contextual: (screen: string | null, errorCode: string | null) => ['helpcenter', 'contextual', screen, errorCode] as const,
};
