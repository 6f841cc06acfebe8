import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { buttonStyles } from '@/components/ui/button';
import { useSession } from '../hooks/use-session';
import { signInPath } from '../next-path';

/**
 * On public pages (help articles need no sign-in) an expired session is a notice with a way back,
 * not a redirect; pages behind RequireSession go to sign-in instead.
 */
export function SessionEndedBanner({ className }: { className?: string }) {
  const { t } = useTranslation('auth');
  const { ended } = useSession();
  const location = useLocation();
  if (ended !== 'expired' || location.pathname.startsWith('/support/sign-in')) return null;
  return (
    <Banner
      tone="warning"
      title={t('expired.title')}
      className={className}
      action={
        <Link to={signInPath(location.pathname + location.search)} className={buttonStyles({ variant: 'secondary', size: 'sm' })}>
          {t('account.signIn')}
        </Link>
      }
    />
  );
}
