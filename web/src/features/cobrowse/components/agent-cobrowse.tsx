import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Maximize2, Minimize2, MonitorSmartphone, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/utils/cn';
import { toast } from '@/components/ui/toast';
import { useOnSocketReopen, useSocketClient, useSocketEvent, useSocketState } from '@/lib/socket/use-socket';
import type { CobrowseSessionPayload } from '@/lib/socket';
import { Reassembler } from '../model/chunks';
import type { Replay } from '../capture/replay';

type Session = { sessionId: string; state: 'REQUESTED' | 'ACTIVE'; reconnecting: number | null };
type Events = Parameters<Replay['add']>[0];
/** Batches kept while the replay's code loads (a few seconds of a busy page at most). */
const MAX_EARLY = 500;

/**
 * The agent's side, for a chat assigned to them: "Co-browse" asks the customer; once they allow it,
 * their page plays live here (rrweb's replayer, loaded only now). A click points at an element on
 * the customer's screen; nothing the agent does here clicks or types there.
 */
export function AgentCobrowse({ chatId }: { chatId: string }) {
  const { t } = useTranslation('cobrowse');
  const client = useSocketClient();
  const [session, setSession] = useState<Session | null>(null);
  const [live, setLive] = useState(false);
  // Enlarged: the replay takes the console's whole height, over the conversation, scaled to fit.
  const [large, setLarge] = useState(false);
  // Frames are never queued: the request waits for a live socket rather than vanish.
  const connected = useSocketState((s) => s.status === 'open');
  const root = useRef<HTMLDivElement>(null);
  const replay = useRef<Replay | null>(null);
  const chunks = useRef(new Reassembler());
  /** What came while the replay's code was still loading: the first full snapshot above all. */
  const early = useRef<Events[]>([]);
  const current = useRef<string | null>(null);

  const point = useCallback(
    (nodeId: number) => {
      const sessionId = current.current;
      if (sessionId) client.cobrowse({ type: 'cobrowse_highlight', payload: { sessionId, nodeId } });
    },
    [client],
  );

  useSocketEvent('cobrowse_session', (p: CobrowseSessionPayload) => {
    if (p.chatId !== chatId) return;
    if (p.state === 'REQUESTED' || p.state === 'ACTIVE') {
      current.current = p.sessionId;
      setSession({ sessionId: p.sessionId, state: p.state, reconnecting: p.pageLost ? (p.reconnectGraceSeconds ?? 0) : null });
      return;
    }
    if (current.current !== p.sessionId) return;
    current.current = null;
    setSession(null);
    setLarge(false);
    const reason = p.state === 'DECLINED' ? 'DECLINED' : (p.endReason ?? 'ENDED_BY_AGENT');
    // The agent's own wording: the shared endings speak to the customer ("You stopped sharing.").
    toast({ title: t('ended.title'), description: t(`agent.ended.${reason as 'CHAT_CLOSED'}`, { defaultValue: '' }) });
  });

  useSocketEvent('cobrowse_events', (p) => {
    if (p.sessionId !== current.current) return;
    const json = chunks.current.add(p);
    if (json == null) return;
    const events = JSON.parse(json) as Events;
    if (!replay.current) {
      // Dropped, the snapshot would leave the replay blank for good: later events only change it.
      // A newer snapshot is the whole page again, so what came before it is no longer needed.
      if (p.full) early.current = [events];
      else if (early.current.length < MAX_EARLY) early.current.push(events);
      return;
    }
    replay.current.add(events);
    setLive(true);
  });

  useSocketEvent('error', (p) => {
    if (p.frame?.startsWith('cobrowse_')) toast({ tone: 'danger', title: t('agent.failed'), description: p.message });
  });

  // A new socket watches again, from a fresh snapshot the server asks the customer's page for.
  useOnSocketReopen(() => {
    const sessionId = current.current;
    if (sessionId) client.cobrowse({ type: 'cobrowse_watch', payload: { sessionId } });
  });

  // Leaving the chat stops watching it: the customer's page is not sent to a screen nobody looks at.
  useEffect(
    () => () => {
      const sessionId = current.current;
      if (sessionId) client.cobrowse({ type: 'cobrowse_end', payload: { sessionId } });
    },
    [client],
  );

  const active = session?.state === 'ACTIVE';
  useEffect(() => {
    if (!active || !root.current) return;
    let cancelled = false;
    const element = root.current;
    void import('../capture/replay').then(({ startReplay }) => {
      if (cancelled) return;
      const started = startReplay(element, point);
      replay.current = started;
      const waiting = early.current;
      early.current = [];
      waiting.forEach((events) => started.add(events));
      if (waiting.length > 0) setLive(true);
    });
    return () => {
      cancelled = true;
      replay.current?.destroy();
      replay.current = null;
      early.current = [];
      chunks.current = new Reassembler();
      setLive(false);
    };
  }, [active, point]);

  useEffect(() => {
    if (!large) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setLarge(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [large]);

  const end = () => {
    if (session) client.cobrowse({ type: 'cobrowse_end', payload: { sessionId: session.sessionId } });
  };

  if (!session) {
    return (
      <Button
        size="sm"
        variant="secondary"
        icon={<MonitorSmartphone aria-hidden className="size-4" />}
        title={t('agent.requestHint')}
        disabled={!connected}
        onClick={() => client.cobrowse({ type: 'cobrowse_request', payload: { chatId } })}
      >
        {t('agent.request')}
      </Button>
    );
  }
  const status =
    session.state === 'REQUESTED'
      ? t('agent.waiting')
      : session.reconnecting != null
        ? t('agent.reconnecting', { seconds: session.reconnecting })
        : live
          ? t('agent.live')
          : t('agent.connecting');
  return (
    <section
      aria-label={t('agent.region')}
      data-large={large || undefined}
      className={cn(
        'flex w-full flex-col gap-2 rounded-ui border border-border bg-surface-muted p-2',
        // Sized to the viewport, not by inset: an ancestor of the conversation header may be the
        // containing block of a fixed element, and inset would stretch it past the window's edge.
        large &&
          'fixed top-2 left-2 z-40 h-[calc(100dvh-1rem)] w-[calc(100vw-1rem)] shadow-3 sm:top-4 sm:left-4 sm:h-[calc(100dvh-2rem)] sm:w-[calc(100vw-2rem)]',
      )}
    >
      <div className="flex items-center gap-2 text-sm">
        <MonitorSmartphone aria-hidden className="size-4 shrink-0 text-primary" />
        <p role="status" className="min-w-0 flex-1 text-fg-muted">
          {status}
        </p>
        {active && (
          <Button
            size="sm"
            variant="secondary"
            aria-pressed={large}
            icon={large ? <Minimize2 aria-hidden className="size-4" /> : <Maximize2 aria-hidden className="size-4" />}
            onClick={() => setLarge((l) => !l)}
          >
            {large ? t('agent.shrink') : t('agent.enlarge')}
          </Button>
        )}
        <Button size="sm" variant="secondary" icon={<X aria-hidden className="size-4" />} onClick={end}>
          {t('agent.end')}
        </Button>
      </div>
      {active && (
        // The same element in both sizes: the live replay keeps playing while it grows or shrinks.
        <div
          ref={root}
          data-testid="cobrowse-replay"
          className={cn(
            'cursor-crosshair overflow-hidden rounded-ui bg-white',
            large ? 'min-h-0 flex-1' : 'h-[min(60vh,480px)]',
            session.reconnecting != null && 'opacity-60',
          )}
        />
      )}
    </section>
  );
}
