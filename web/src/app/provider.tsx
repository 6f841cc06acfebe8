import { useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Toaster } from '@/components/ui/toast';
import { createQueryClient } from '@/lib/query-client';
import '@/lib/i18n';
import { customerSession } from '@/features/auth/session';
import { installHostBridge } from '@/features/auth/host-bridge';
import { refreshCustomerToken } from '@/features/auth/refresh';
import { ErrorBoundary } from './error-boundary';

// As early as possible: the host app may hand over the customer's token right after load.
installHostBridge(customerSession);
customerSession.setRefresher(refreshCustomerToken);

/** What every audience shares: server state, toasts, the error boundary. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const { t } = useTranslation();
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        {children}
        <Toaster dismissLabel={t('actions.dismiss')} />
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
