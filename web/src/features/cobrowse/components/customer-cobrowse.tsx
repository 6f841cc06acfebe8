import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MonitorUp } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { toast } from '@/components/ui/toast';
import { useSocketClient, useSocketEvent } from '@/lib/socket/use-socket';
import type { CobrowseSessionPayload } from '@/lib/socket';
import { toChunks } from '../model/chunks';
import type { Capture } from '../capture/record';

type Sharing = { sessionId: string; agent: string };

/**
 * The customer's side of co-browsing, mounted on the chat page: the consent prompt when their agent
 * asks, the banner with "Stop sharing" for as long as the page is shared, and the agent's pointer.
 * Nothing is recorded before "Share my screen"; rrweb itself is downloaded only then.
 */
export function CustomerCobrowse() {
  const { t } = useTranslation('cobrowse');
  const client = useSocketClient();
  const [asked, setAsked] = useState<Sharing | null>(null);
  const [sharing, setSharing] = useState<Sharing | null>(null);
  const [pointer, setPointer] = useState<{ rect: DOMRect; key: number } | null>(null);
  const capture = useRef<Capture | null>(null);
  const accepted = useRef<string | null>(null);
  const seq = useRef(0);

  const stopCapture = useCallback(() => {
    capture.current?.stop();
    capture.current = null;
    accepted.current = null;
    setSharing(null);
    setPointer(null);
  }, []);

  const startCapture = useCallback(
    async (session: Sharing) => {
      const { startCapture: record } = await import('../capture/record');
      if (accepted.current !== session.sessionId || capture.current) return;
      capture.current = record((json, full) => {
        for (const chunk of toChunks(seq.current++, full, json)) {
          client.cobrowse({ type: 'cobrowse_events', payload: { sessionId: session.sessionId, ...chunk } });
        }
      });
    },
    [client],
  );

  useSocketEvent('cobrowse_session', (p: CobrowseSessionPayload) => {
    const agent = p.agentName ?? '';
    if (p.state === 'REQUESTED' && p.chatId) {
      setAsked({ sessionId: p.sessionId, agent });
    } else if (p.state === 'ACTIVE') {
      setAsked((a) => (a?.sessionId === p.sessionId ? null : a));
      // Only the tab that said yes records; another tab of the same customer just shows nothing.
      if (accepted.current === p.sessionId) {
        setSharing({ sessionId: p.sessionId, agent });
        void startCapture({ sessionId: p.sessionId, agent });
      }
    } else {
      setAsked((a) => (a?.sessionId === p.sessionId ? null : a));
      if (accepted.current === p.sessionId) {
        stopCapture();
        const reason = p.endReason ?? p.state;
        toast({ title: t('ended.title'), description: t(`ended.${reason as 'CHAT_CLOSED'}`, { defaultValue: '' }) });
      }
    }
  });
  useSocketEvent('cobrowse_resync', (p) => {
    if (accepted.current === p.sessionId) capture.current?.snapshot();
  });
  useSocketEvent('cobrowse_highlight', (p) => {
    if (accepted.current !== p.sessionId) return;
    const element = capture.current?.nodeFor(p.nodeId);
    if (!element) return;
    element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    setPointer({ rect: element.getBoundingClientRect(), key: Date.now() });
  });

  // The pointer fades after a few seconds; a new one replaces it.
  useEffect(() => {
    if (!pointer) return;
    const timer = window.setTimeout(() => setPointer(null), 4000);
    return () => window.clearTimeout(timer);
  }, [pointer]);

  // Leaving the chat page stops sharing it.
  useEffect(
    () => () => {
      const sessionId = accepted.current;
      if (sessionId) client.cobrowse({ type: 'cobrowse_end', payload: { sessionId } });
      capture.current?.stop();
    },
    [client],
  );

  const answer = (accept: boolean) => {
    if (!asked) return;
    if (accept) accepted.current = asked.sessionId;
    client.cobrowse({ type: 'cobrowse_respond', payload: { sessionId: asked.sessionId, accept } });
    setAsked(null);
  };
  const stop = () => {
    if (sharing) client.cobrowse({ type: 'cobrowse_end', payload: { sessionId: sharing.sessionId } });
    stopCapture();
  };

  return (
    <>
      <Dialog open={asked != null} onOpenChange={(open) => !open && answer(false)}>
        {asked && (
          <DialogContent title={t('consent.title', { agent: asked.agent })} closeLabel={t('consent.close')}>
            <ul className="flex list-disc flex-col gap-2 pl-5 text-sm">
              <li>{t('consent.what', { agent: asked.agent })}</li>
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
          </DialogContent>
        )}
      </Dialog>
      {sharing && (
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
      )}
      {pointer && sharing && (
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
