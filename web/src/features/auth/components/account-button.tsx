import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LogOut } from 'lucide-react';
import { IconButton } from '@/components/ui/icon-button';
import { buttonStyles } from '@/components/ui/button';
import { useSession } from '../hooks/use-session';
import { signInPath } from '../next-path';
import { customerSession } from '../session';

/** The header's account slot: who is signed in (and sign out, for the demo), or a sign-in link. */
export function AccountButton() {
  const { t } = useTranslation('auth');
  const { session } = useSession();
  const location = useLocation();
  if (!session) {
    if (location.pathname.startsWith('/support/sign-in')) return null;
    return (
      <Link to={signInPath(location.pathname + location.search)} className={`${buttonStyles({ variant: 'ghost' })} whitespace-nowrap`}>
        {t('account.signIn')}
      </Link>
    );
  }
  return (
    <div className="flex min-w-0 items-center gap-1">
      <span className="truncate text-sm text-fg-muted" title={t('account.signedInAs', { name: session.name ?? session.userId })}>
        {session.name ?? session.userId}
      </span>
      {session.source === 'demo' && (
        <IconButton label={t('account.signOut')} icon={<LogOut className="size-5" />} onClick={() => customerSession.signOut()} />
      )}
    </div>
  );
}
