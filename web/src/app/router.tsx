import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { PageSkeleton } from '@/components/page-skeleton';
import { englishForStaff, prepareCustomerLanguage } from '@/lib/i18n';
import { NotFoundRoute } from './routes/not-found';

// One app, one lazily loaded route tree per audience: a customer on /support never downloads the
// agent or admin consoles (scripts/check-bundle.mjs checks what /support loads).
// The customer side starts in the customer's language: Hindi's strings load alongside the route's
// chunk, so a Hindi reader never sees English first. The consoles are English.
const SupportRoutes = lazy(() => Promise.all([import('./routes/support'), prepareCustomerLanguage()]).then(([routes]) => routes));
const AgentRoutes = lazy(() => Promise.all([import('./routes/agent'), englishForStaff()]).then(([routes]) => routes));
const AdminRoutes = lazy(() => Promise.all([import('./routes/admin'), englishForStaff()]).then(([routes]) => routes));

export function AppRouter() {
  return (
    <BrowserRouter>
      <Suspense fallback={<PageSkeleton />}>
        <Routes>
          <Route path="/" element={<Navigate to="/support" replace />} />
          <Route path="/support/*" element={<SupportRoutes />} />
          <Route path="/agent/*" element={<AgentRoutes />} />
          <Route path="/admin/*" element={<AdminRoutes />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
