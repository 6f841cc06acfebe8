import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { PageSkeleton } from '@/components/page-skeleton';
import { NotFoundRoute } from './routes/not-found';

// One app, one lazily loaded route tree per audience: a customer on /support never downloads the
// agent or admin consoles (scripts/check-bundle.mjs checks what /support loads).
const SupportRoutes = lazy(() => import('./routes/support'));
const AgentRoutes = lazy(() => import('./routes/agent'));
const AdminRoutes = lazy(() => import('./routes/admin'));

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
