import { useTranslation } from 'react-i18next';
import { RefreshCw, WifiOff } from 'lucide-react';
import type { SocketStatus } from '@/lib/socket/client';

/**
 * Offline: say so and how many messages wait to go (they go by themselves when back). Online but
 * the socket is down: "Reconnecting…" with a way to try at once.
 */
export function ConnectionNotice({ online, status, queued, onReconnect }: { online: boolean; status: SocketStatus; queued: number; onReconnect: () => void }) {
  const { t } = useTranslation('chat');
  if (!online) {
    return (
      <div role="status" className="flex items-start gap-3 bg-fg px-4 py-2.5 text-sm text-bg">
        <WifiOff aria-hidden className="mt-0.5 size-5 shrink-0" />
        <div>
          <p className="font-medium">{t('offline.title')}</p>
          <p className="opacity-90">{queued > 0 ? t('offline.queued', { count: queued }) : t('offline.detail')}</p>
        </div>
      </div>
    );
  }
  if (status === 'waiting' || status === 'connecting') {
    return (
      <div role="status" className="flex min-h-11 items-center gap-3 bg-surface-muted px-4 py-1.5 text-sm text-fg">
        <RefreshCw aria-hidden className="size-4 shrink-0 motion-safe:animate-spin" />
        <p className="flex-1">{queued > 0 ? t('reconnecting.queued', { count: queued }) : t('reconnecting.title')}</p>
        {status === 'waiting' && (
          <button type="button" onClick={onReconnect} className="min-h-11 rounded-ui px-3 font-medium text-primary hover:bg-primary-soft">
            {t('reconnecting.now')}
          </button>
        )}
      </div>
    );
  }
  return null;
}
