import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ChevronRight, Smartphone } from 'lucide-react';
import { Banner } from '@/components/ui/banner';
import { EmptyState } from '@/components/ui/empty-state';
import { List, ListItem, listRowStyles } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError, isApiError } from '@/lib/api/errors';
import { useDemoSignIn } from '../api/dev-token';
import { useSignInMethods } from '../api/sign-in-methods';
import { demoCustomers } from '../demo-customers';
import { hasHost, requestHostToken } from '../host-bridge';
import { useSession } from '../hooks/use-session';
import { safeNextPath } from '../next-path';
import { customerSession } from '../session';

/**
 * /support/sign-in. In the app the token arrives from the host (ZetChat.init or postMessage) and
 * this page only waits for it; it lists demo customers (signing in through POST /api/dev/token) only
 * where the server says they are available (GET /api/auth/sign-in-methods: the embedded default).
 * Elsewhere, or when that cannot be asked, it says sign-in comes from the app, which always works.
 */
export function SignInPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const { session, ended } = useSession();
  const signIn = useDemoSignIn();
  const methods = useSignInMethods();

  useEffect(() => {
    if (session) navigate(next, { replace: true });
  }, [session, next, navigate]);

  useEffect(() => {
    if (hasHost()) void requestHostToken(customerSession);
  }, []);

  // A 404 from the dev endpoint still means "not here" (a server older than the methods endpoint).
  const unavailable =
    (isApiError(signIn.error) && signIn.error.status === 404) || methods.isError || (methods.isSuccess && !methods.data.includes('DEMO_CUSTOMERS'));
  const expired = ended === 'expired' && (
    <Banner tone="warning" title={t('expired.title')}>
      {t('expired.description')}
    </Banner>
  );
  if (methods.isPending) {
    return (
      <div aria-busy className="flex flex-col gap-5 px-4 py-6">
        {expired}
        <span className="sr-only">{t('customerSignIn.loading')}</span>
        <Skeleton className="h-8 w-2/3" />
        <Skeleton className="h-40 w-full" />
      </div>
    );
  }
  if (unavailable) {
    return (
      <div className="flex flex-col gap-5 px-4 py-6">
        {expired}
        <EmptyState icon={<Smartphone />} title={t('fromApp.title')} description={t('fromApp.description')} className="py-16" />
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-5 px-4 py-6">
      {expired}
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">{t('signIn.title')}</h1>
        <p className="text-fg-muted">{t('signIn.demoDescription')}</p>
      </div>
      {signIn.isError && <Banner tone="danger" title={describeError(signIn.error)} />}
      <section aria-labelledby="demo-customers" className="flex flex-col gap-2">
        <h2 id="demo-customers" className="text-sm font-medium text-fg-muted">
          {t('signIn.customersLabel')}
        </h2>
        <List>
          {demoCustomers.map((customer) => {
            const pending = signIn.isPending && signIn.variables?.userId === customer.userId;
            return (
              <ListItem key={customer.userId}>
                <button
                  type="button"
                  className={listRowStyles}
                  disabled={signIn.isPending}
                  aria-busy={pending || undefined}
                  aria-label={t('signIn.continueAs', { name: customer.name })}
                  onClick={() => signIn.mutate({ userId: customer.userId, name: customer.name })}
                >
                  <span
                    aria-hidden
                    className="flex size-10 shrink-0 items-center justify-center rounded-ui bg-primary-soft font-semibold text-primary"
                  >
                    {initials(customer.name)}
                  </span>
                  <span className="flex min-w-0 flex-1 flex-col">
                    <span className="font-medium">{customer.name}</span>
                    <span className="text-sm text-fg-muted">{pending ? t('signIn.signingIn') : customer.userId}</span>
                  </span>
                  <ChevronRight aria-hidden className="size-5 text-fg-muted" />
                </button>
              </ListItem>
            );
          })}
        </List>
      </section>
    </div>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0])
    .slice(0, 2)
    .join('')
    .toUpperCase();
}
