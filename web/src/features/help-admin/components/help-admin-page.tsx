import { useEffect, useRef } from 'react';
import { NavLink, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { cn } from '@/lib/utils/cn';
import { AnalyticsPage } from './analytics-page';
import { ArticleEditor } from './article-editor';
import { ArticleListPage } from './article-list-page';
import { MappingPage } from './mapping-page';

function SectionNav() {
  const { t } = useTranslation('helpAdmin');
  const link = ({ isActive }: { isActive: boolean }) =>
    cn(
      'rounded-ui px-3 py-1.5 text-sm font-medium text-fg-muted hover:bg-surface-muted hover:text-fg',
      isActive && 'bg-primary-soft text-primary hover:bg-primary-soft hover:text-primary',
    );
  return (
    <nav aria-label={t('nav.label')} className="flex items-center gap-1 border-b border-border bg-surface px-4 py-2">
      <h1 className="mr-3 text-base font-semibold">{t('title')}</h1>
      <NavLink to="/admin/help" end className={link}>
        {t('nav.articles')}
      </NavLink>
      <NavLink to="/admin/help/mapping" className={link}>
        {t('nav.mapping')}
      </NavLink>
      <NavLink to="/admin/help/analytics" className={link}>
        {t('nav.analytics')}
      </NavLink>
    </nav>
  );
}

/** /admin/help/*: the article list, the editor, the contextual-help mapping and the search analytics. */
export function HelpAdminPage() {
  const { pathname } = useLocation();
  const scroller = useRef<HTMLDivElement>(null);
  // One scrolling pane for every section: a new section starts at its top, not where the last one was left.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [pathname]);
  return (
    <div className="flex min-h-0 min-w-0 flex-1 flex-col">
      <SectionNav />
      <div ref={scroller} className="min-h-0 flex-1 overflow-y-auto">
        <Routes>
          <Route index element={<ArticleListPage />} />
          <Route path="articles/new" element={<ArticleEditor />} />
          <Route path="articles/:id" element={<ArticleEditor />} />
          <Route path="mapping" element={<MappingPage />} />
          <Route path="analytics" element={<AnalyticsPage />} />
        </Routes>
      </div>
    </div>
  );
}
