import { useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Toaster } from '@/components/ui/toast';
import { createQueryClient } from '@/lib/query-client';
import '@/lib/i18n';
import { ErrorBoundary } from './error-boundary';

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
