import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Inbox } from 'lucide-react';
import { ConsoleLayout } from '@/components/layouts/console-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { NotFoundRoute } from '../not-found';

/** /agent: the agent console's routes, a chunk of their own. */
export default function AgentRoutes() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route element={<ConsoleLayout title={t('console.agent.title')} />}>
        <Route index element={<EmptyState icon={<Inbox />} title={t('console.agent.title')} description={t('console.agent.description')} />} />
        <Route path="*" element={<NotFoundRoute home="/agent" />} />
      </Route>
    </Routes>
  );
}
