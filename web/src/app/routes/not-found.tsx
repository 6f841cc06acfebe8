import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SearchX } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { buttonStyles } from '@/components/ui/button';

export function NotFoundRoute({ home = '/support' }: { home?: string }) {
  const { t } = useTranslation();
  return (
    <main className="mx-auto max-w-md p-4">
      <EmptyState
        icon={<SearchX />}
        title={t('notFound.title')}
        description={t('notFound.description')}
        action={
          <Link to={home} className={buttonStyles({ variant: 'secondary' })}>
            {t('actions.goHome')}
          </Link>
        }
      />
    </main>
  );
}
