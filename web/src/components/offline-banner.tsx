import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { useOnlineStatus } from '@/hooks/use-online-status';

/** Shown on every screen while the browser is offline. */
export function OfflineBanner({ className }: { className?: string }) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  if (online) return null;
  return (
    <Banner tone="offline" title={t('status.offline')} className={className}>
      {t('status.offlineDetail')}
    </Banner>
  );
}
