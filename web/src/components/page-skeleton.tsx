import { Skeleton, SkeletonText } from '@/components/ui/skeleton';
import { useTranslation } from 'react-i18next';

/** While a lazy route's code loads: the page's shape, not a spinner. */
export function PageSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-4 p-4" aria-busy="true">
      <span className="sr-only" role="status">
        {t('status.loading')}
      </span>
      <Skeleton className="h-12 w-full" />
      <Skeleton className="h-6 w-1/2" />
      <SkeletonText lines={4} />
    </div>
  );
}
