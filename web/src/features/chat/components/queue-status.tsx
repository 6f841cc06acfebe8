import { useTranslation } from 'react-i18next';
import { Users } from 'lucide-react';
import type { QueueInfo } from '../api/chats';

/** While waiting for a person: place in line and the expected wait (or that nobody is online). */
export function QueueStatus({ queue }: { queue: QueueInfo | undefined }) {
  const { t } = useTranslation('chat');
  const position = queue?.position ?? 0;
  const wait = queue?.expectedWaitSeconds ?? null;
  const minutes = wait != null && wait >= 0 ? Math.max(1, Math.round(wait / 60)) : null;
  return (
    <div role="status" aria-live="polite" className="flex items-start gap-3 border-b border-border bg-warning-soft px-4 py-2.5 text-sm text-fg">
      <Users aria-hidden className="mt-0.5 size-5 shrink-0 text-warning" />
      <div className="flex flex-col">
        <p className="font-medium">{position > 0 ? t('queue.position', { position }) : t('queue.waiting')}</p>
        <p className="text-fg-muted">
          {wait === -1 ? t('queue.noAgents') : minutes != null ? t('queue.wait', { count: minutes }) : t('queue.soon')}
        </p>
      </div>
    </div>
  );
}
