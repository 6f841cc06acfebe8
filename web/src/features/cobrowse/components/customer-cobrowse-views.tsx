import { useTranslation } from 'react-i18next';
import { MonitorUp } from 'lucide-react';
import { Button } from '@/components/ui/button';
import type { CustomerCobrowse, Sharing } from './use-customer-cobrowse';

/** What the consent prompt says (who, what they will see, that typing is hidden, how to stop) and its two answers. */
export function ConsentBody({ agent, answer }: { agent: string; answer: (accept: boolean) => void }) {
  const { t } = useTranslation('cobrowse');
  return (
    <>
      <ul className="flex list-disc flex-col gap-2 pl-5 text-sm">
        <li>{t('consent.what', { agent })}</li>
        <li>{t('consent.masked')}</li>
        <li>{t('consent.stop')}</li>
      </ul>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" size="lg" onClick={() => answer(false)}>
          {t('consent.decline')}
        </Button>
        <Button size="lg" icon={<MonitorUp aria-hidden className="size-4" />} onClick={() => answer(true)}>
          {t('consent.allow')}
        </Button>
      </div>
    </>
  );
}

/**
 * The banner shown for as long as the page is shared, and the agent's pointer. Both carry rr-block:
 * they are the customer's view of the session, not part of the page the agent sees.
 */
export function SharingIndicators({ sharing, pointer, stop }: { sharing: Sharing } & Pick<CustomerCobrowse, 'pointer' | 'stop'>) {
  const { t } = useTranslation('cobrowse');
  return (
    <>
      <div
        role="status"
        className="rr-block fixed inset-x-0 top-0 z-30 flex items-center gap-3 bg-primary px-4 py-2 text-sm text-white"
      >
        <MonitorUp aria-hidden className="size-5 shrink-0" />
        <p className="min-w-0 flex-1">
          <span className="font-medium">{t('banner.title', { agent: sharing.agent })}</span>{' '}
          <span className="opacity-90">{t('banner.detail')}</span>
        </p>
        <Button size="sm" variant="secondary" onClick={stop}>
          {t('banner.stop')}
        </Button>
      </div>
      {pointer && (
        <div
          key={pointer.key}
          role="img"
          aria-label={t('pointer', { agent: sharing.agent })}
          className="rr-block pointer-events-none fixed z-50 rounded-ui outline-4 outline-offset-2 outline-accent motion-safe:animate-pulse"
          style={{ left: pointer.rect.left, top: pointer.rect.top, width: pointer.rect.width, height: pointer.rect.height }}
        />
      )}
    </>
  );
}
