import { lazy, Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { SupportLayout } from '@/components/layouts/support-layout';
import { PageSkeleton } from '@/components/page-skeleton';
import { configureApiAuth } from '@/lib/api/client';
import { SocketProvider } from '@/lib/socket/use-socket';
import { AccountButton, SessionEndedBanner, SignInPage, customerSession, useSession } from '@/features/auth';
import { createCustomerSocket } from '../../customer-socket';
import { NotFoundRoute } from '../not-found';
import { HubRoute } from './hub';

// Tickets are their own chunk: the hub's first load does not carry them.
const TicketsRoutes = lazy(() => import('./tickets'));

const customerAuth = {
  getToken: () => customerSession.token(),
  onUnauthorized: () => customerSession.expire(),
};

/** /support: the customer's routes, one lazily loaded chunk (see app/router.tsx). */
export default function SupportRoutes() {
  // During render, not in an effect: children's queries start before a parent's effects run.
  configureApiAuth(customerAuth);
  return (
    <CustomerSocket>
      <Routes>
        <Route element={<SupportLayout accountSlot={<AccountButton />} noticeSlot={<SessionEndedBanner />} />}>
          <Route index element={<HubRoute />} />
          <Route path="sign-in" element={<SignInPage />} />
          <Route
            path="tickets/*"
            element={
              <Suspense fallback={<PageSkeleton />}>
                <TicketsRoutes />
              </Suspense>
            }
          />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </CustomerSocket>
  );
}

/**
 * One socket client per signed-in customer, provided to the pages; it connects only while a page
 * that needs it (chat) is mounted. When the session ends, queries refetch without the old token.
 */
function CustomerSocket({ children }: { children: ReactNode }) {
  const { session, ended } = useSession();
  const userId = session?.userId ?? null;
  const client = useMemo(() => (userId ? createCustomerSocket(userId) : null), [userId]);
  useEffect(() => () => client?.stop(), [client]);

  const queryClient = useQueryClient();
  useEffect(() => {
    if (ended) void queryClient.invalidateQueries();
  }, [ended, queryClient]);

  return client ? <SocketProvider client={client}>{children}</SocketProvider> : children;
}
