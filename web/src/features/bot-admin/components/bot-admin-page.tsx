import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SectionPage } from '@/components/layouts/section-page';
import { HandoverRulesPage } from './handover-rules-page';
import { IntentsPage } from './intents-page';
import { TrainingPage } from './training-page';
import { TryItPage } from './try-it-page';

/** /admin/bot/*: intents and examples, training data and versions, a try-it box, the handover rules. */
export function BotAdminPage() {
  const { t } = useTranslation('botAdmin');
  const sections = [
    { to: '/admin/bot', label: t('nav.intents'), end: true },
    { to: '/admin/bot/training', label: t('nav.training') },
    { to: '/admin/bot/try', label: t('nav.try') },
    { to: '/admin/bot/handover', label: t('nav.handover') },
  ];
  return (
    <SectionPage title={t('title')} label={t('nav.label')} sections={sections}>
      <Routes>
        <Route index element={<IntentsPage />} />
        <Route path="training" element={<TrainingPage />} />
        <Route path="try" element={<TryItPage />} />
        <Route path="handover" element={<HandoverRulesPage />} />
      </Routes>
    </SectionPage>
  );
}
