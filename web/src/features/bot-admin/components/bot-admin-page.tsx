import { useEffect, useRef } from 'react';
import { NavLink, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { cn } from '@/lib/utils/cn';
import { HandoverRulesPage } from './handover-rules-page';
import { IntentsPage } from './intents-page';
import { TrainingPage } from './training-page';
import { TryItPage } from './try-it-page';

const link = ({ isActive }: { isActive: boolean }) =>
  cn(
    'rounded-ui px-3 py-1.5 text-sm font-medium text-fg-muted hover:bg-surface-muted hover:text-fg',
    isActive && 'bg-primary-soft text-primary hover:bg-primary-soft hover:text-primary',
  );

/** /admin/bot/*: intents and examples, training data and versions, a try-it box, the handover rules. */
export function BotAdminPage() {
  const { t } = useTranslation('botAdmin');
  const { pathname } = useLocation();
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [pathname]);
  return (
    <div className="flex min-h-0 min-w-0 flex-1 flex-col">
      <nav aria-label={t('nav.label')} className="flex items-center gap-1 border-b border-border bg-surface px-4 py-2">
        <h1 className="mr-3 text-base font-semibold">{t('title')}</h1>
        <NavLink to="/admin/bot" end className={link}>
          {t('nav.intents')}
        </NavLink>
        <NavLink to="/admin/bot/training" className={link}>
          {t('nav.training')}
        </NavLink>
        <NavLink to="/admin/bot/try" className={link}>
          {t('nav.try')}
        </NavLink>
        <NavLink to="/admin/bot/handover" className={link}>
          {t('nav.handover')}
        </NavLink>
      </nav>
      <div ref={scroller} className="min-h-0 flex-1 overflow-y-auto">
        <Routes>
          <Route index element={<IntentsPage />} />
          <Route path="training" element={<TrainingPage />} />
          <Route path="try" element={<TryItPage />} />
          <Route path="handover" element={<HandoverRulesPage />} />
        </Routes>
      </div>
    </div>
  );
}
