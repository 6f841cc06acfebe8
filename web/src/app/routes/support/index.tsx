import { lazy, Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { SupportLayout } from '@/components/layouts/support-layout';
import { configureApiAuth } from '@/lib/api/client';
import { SocketProvider } from '@/lib/socket/use-socket';
import { AccountButton, SessionEndedBanner, SignInPage, customerSession, useSession } from '@/features/auth';
import { createCustomerSocket } from '../../customer-socket';
import { NotFoundRoute } from '../not-found';
import { HubRoute } from './hub';
import { PageSkeleton } from '@/components/page-skeleton';

// The chat is its own chunk: the hub and articles load without it.
const ChatRoute = lazy(() => import('./chat'));

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
        {/* The chat is a full-height sheet of its own, outside the site layout. */}
        <Route path="chat/:chatId?" element={<Suspense fallback={<PageSkeleton />}><ChatRoute /></Suspense>} />
        <Route element={<SupportLayout accountSlot={<AccountButton />} noticeSlot={<SessionEndedBanner />} />}>
          <Route index element={<HubRoute />} />
          <Route path="sign-in" element={<SignInPage />} />
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
