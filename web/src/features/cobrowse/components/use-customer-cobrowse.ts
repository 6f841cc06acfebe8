import { useCallback, useEffect, useRef, useState } from 'react';
import { useOnSocketReopen, useSocketClient, useSocketEvent } from '@/lib/socket/use-socket';
import type { CobrowseSessionPayload } from '@/lib/socket';
import { toChunks } from '../model/chunks';
import type { Capture } from '../capture/record';

export type Sharing = { sessionId: string; agent: string };

/** Starts rrweb on the page: the app imports its lazy chunk, the widget loads a second script. */
export type LoadCapture = () => Promise<(send: (json: string, full: boolean) => void) => Capture>;

export interface CustomerCobrowse {
  /** The agent's request the customer has not answered yet. */
  asked: Sharing | null;
  /** The session this page is sharing, while it is. */
  sharing: Sharing | null;
  /** Where the agent points, for a few seconds. */
  pointer: { rect: DOMRect; key: number } | null;
  answer(accept: boolean): void;
  stop(): void;
}

/**
 * The customer's side of co-browsing, without its looks (the app shows it in a Radix dialog, the
 * widget inside its shadow root): the request, the consent, the capture of this page, the agent's
 * pointer, and the ends. Nothing is recorded before the customer accepts; rrweb itself is loaded
 * only then. After a dropped socket the page tells the server it is back (cobrowse_resume) and
 * sends a fresh snapshot; leaving the page (pagehide) ends the session at once.
 */
export function useCustomerCobrowse(loadCapture: LoadCapture, onEnded: (reason: string) => void): CustomerCobrowse {
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
      const record = await loadCapture();
      if (accepted.current !== session.sessionId || capture.current) return;
      capture.current = record((json, full) => {
        for (const chunk of toChunks(seq.current++, full, json)) {
          client.cobrowse({ type: 'cobrowse_events', payload: { sessionId: session.sessionId, ...chunk } });
        }
      });
    },
    [client, loadCapture],
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
        onEnded(p.endReason ?? p.state);
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
  // Back after a blip: this page is the capture again; the server answers with cobrowse_resync, so
  // the agent gets a fresh snapshot (what changed while the socket was down was never sent).
  useOnSocketReopen(() => {
    const sessionId = accepted.current;
    if (sessionId) client.cobrowse({ type: 'cobrowse_resume', payload: { sessionId } });
  });

  // The pointer fades after a few seconds; a new one replaces it.
  useEffect(() => {
    if (!pointer) return;
    const timer = window.setTimeout(() => setPointer(null), 4000);
    return () => window.clearTimeout(timer);
  }, [pointer]);

  // Leaving the page (or unmounting the component) ends the session now, not after the grace a
  // dropped socket gets.
  useEffect(() => {
    const leave = () => {
      const sessionId = accepted.current;
      if (sessionId) client.cobrowse({ type: 'cobrowse_end', payload: { sessionId, pageClosed: true } });
    };
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
      capture.current?.stop();
    };
  }, [client]);

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
  return { asked, sharing, pointer, answer, stop };
}
