import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ChartNoAxesCombined } from 'lucide-react';
import { ConsoleLayout } from '@/components/layouts/console-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { NotFoundRoute } from '../not-found';

/** /admin: supervisors' and admins' routes, a chunk of their own. */
export default function AdminRoutes() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route element={<ConsoleLayout title={t('console.admin.title')} />}>
        <Route index element={<EmptyState icon={<ChartNoAxesCombined />} title={t('console.admin.title')} description={t('console.admin.description')} />} />
        <Route path="*" element={<NotFoundRoute home="/admin" />} />
      </Route>
    </Routes>
  );
}
