// features/helpcenter: search, topics, articles, feedback and contextual help for customers.
export { HelpSearch, SEARCH_DEBOUNCE_MS } from './components/help-search';
export { CategoryList, categoryPath } from './components/category-list';
export { CategoryArticles } from './components/category-articles';
export { ArticleView } from './components/article-view';
export { ArticleFeedback } from './components/article-feedback';
export { ContextualHelp } from './components/contextual-help';
export { articlePath } from './components/article-list';
export { trackClick } from './api/track-click';
export type { ArticleHit } from './api/search-articles';
