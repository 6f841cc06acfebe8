import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SectionPage } from '@/components/layouts/section-page';
import { AnalyticsPage } from './analytics-page';
import { ArticleEditor } from './article-editor';
import { ArticleListPage } from './article-list-page';
import { MappingPage } from './mapping-page';

/** /admin/help/*: the article list, the editor, the contextual-help mapping and the search analytics. */
export function HelpAdminPage() {
  const { t } = useTranslation('helpAdmin');
  const sections = [
    { to: '/admin/help', label: t('nav.articles'), end: true },
    { to: '/admin/help/mapping', label: t('nav.mapping') },
    { to: '/admin/help/analytics', label: t('nav.analytics') },
  ];
  return (
    <SectionPage title={t('title')} label={t('nav.label')} sections={sections}>
      <Routes>
        <Route index element={<ArticleListPage />} />
        <Route path="articles/new" element={<ArticleEditor />} />
        <Route path="articles/:id" element={<ArticleEditor />} />
        <Route path="mapping" element={<MappingPage />} />
        <Route path="analytics" element={<AnalyticsPage />} />
      </Routes>
    </SectionPage>
  );
}
