import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { SupportLayout } from '@/components/layouts/support-layout';
import { PageSkeleton } from '@/components/page-skeleton';
import { configureApiAuth } from '@/lib/api/client';
import { AccountButton, SessionEndedBanner, SignInPage, customerSession, useSession } from '@/features/auth';
import { NotFoundRoute } from '../not-found';
import { ArticleRoute } from './article';
import { CategoryRoute } from './category';
import { HubRoute } from './hub';

// The chat is its own chunk: the hub and articles load without it.
const ChatRoute = lazy(() => import('./chat'));

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
    <RefetchWhenSessionEnds>
      <Routes>
        {/* The chat is a full-height sheet of its own, outside the site layout. */}
        <Route
          path="chat/:chatId?"
          element={
            <Suspense fallback={<PageSkeleton />}>
              <ChatRoute />
            </Suspense>
          }
        />
        <Route element={<SupportLayout accountSlot={<AccountButton />} noticeSlot={<SessionEndedBanner />} />}>
          <Route index element={<HubRoute />} />
          <Route path="articles/:slug" element={<ArticleRoute />} />
          <Route path="categories/:slug" element={<CategoryRoute />} />
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
    </RefetchWhenSessionEnds>
  );
}

/** When the session ends (401, expiry), what was loaded with the old token is fetched again without it. */
function RefetchWhenSessionEnds({ children }: { children: ReactNode }) {
  const { ended } = useSession();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (ended) void queryClient.invalidateQueries();
  }, [ended, queryClient]);
  return children;
}
