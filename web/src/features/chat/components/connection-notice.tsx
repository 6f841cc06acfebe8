import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleCheck, RefreshCw, WifiOff } from 'lucide-react';
import type { SocketStatus } from '@/lib/socket/client';

/** How long "Back online" stays after a lost connection is back. */
export const RECONNECTED_NOTICE_MS = 4000;

/**
 * Offline: say so and how many messages wait to go (they go by themselves when back). Online but
 * the socket is down: "Reconnecting…" with a way to try at once. Back after either: "Back online"
 * for a few seconds, so the customer sees the waiting messages went.
 */
export function ConnectionNotice({ online, status, queued, onReconnect }: { online: boolean; status: SocketStatus; queued: number; onReconnect: () => void }) {
  const { t } = useTranslation('chat');
  const connected = online && status === 'open';
  const wasLost = useRef(false);
  const [reconnected, setReconnected] = useState(false);
  useEffect(() => {
    // Offline, or a connection that dropped ('waiting'): the first connect does not count.
    if (!online || status === 'waiting') {
      wasLost.current = true;
      setReconnected(false);
    } else if (connected && wasLost.current) {
      wasLost.current = false;
      setReconnected(true);
      const timer = setTimeout(() => setReconnected(false), RECONNECTED_NOTICE_MS);
      return () => clearTimeout(timer);
    }
    return undefined;
  }, [connected, online, status]);

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
  if (reconnected) {
    return (
      <div role="status" className="flex min-h-11 items-center gap-3 bg-success-soft px-4 py-1.5 text-sm text-fg">
        <CircleCheck aria-hidden className="size-4 shrink-0 text-success" />
        <p className="flex-1">{t('reconnected')}</p>
      </div>
    );
  }
  return null;
}
