import { Route, Routes } from 'react-router';
import { SupportLayout } from '@/components/layouts/support-layout';
import { NotFoundRoute } from '../not-found';
import { HubRoute } from './hub';

/** /support: the customer's routes, one lazily loaded chunk (see app/router.tsx). */
export default function SupportRoutes() {
  return (
    <Routes>
      <Route element={<SupportLayout />}>
        <Route index element={<HubRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
