import { useCallback, useEffect, useRef, useState } from 'react';
import { useOnSocketReopen, useSocketClient, useSocketEvent } from '@/lib/socket/use-socket';
import type { ViewedKind, Viewer } from '@/lib/socket/frames';

/** The server forgets a viewer 60 s after their last `viewing` (decision 0027); repeat well within. */
export const VIEWING_REPEAT_MS = 30_000;

/**
 * The collision notice for one conversation or ticket: tells the server this agent has it open
 * (again on every reconnect, since a closed socket's entry is gone, and every 30 s), says when
 * they stop, and returns the other agents there, typing or not. `typing` marks this agent typing.
 */
export function useViewers(kind: ViewedKind, id: string | undefined, agentId: string, alsoKnownAs?: string) {
  const client = useSocketClient();
  const [viewers, setViewers] = useState<Viewer[]>([]);
  const typingRef = useRef(false);

  useEffect(() => {
    setViewers([]);
    typingRef.current = false;
  }, [kind, id]);

  useEffect(() => {
    if (!id) return;
    // Frames are dropped while the socket is down; the reopen below says it again.
    client.viewing(kind, id, typingRef.current);
    const timer = setInterval(() => client.viewing(kind, id, typingRef.current), VIEWING_REPEAT_MS);
    return () => {
      clearInterval(timer);
      client.stoppedViewing(kind, id);
    };
  }, [client, kind, id]);
  useOnSocketReopen(() => {
    if (id) client.viewing(kind, id, typingRef.current);
  });

  useSocketEvent('viewers_changed', (change) => {
    // A ticket opened by its number is keyed by its own id on the server: alsoKnownAs, once loaded.
    if (change.kind === kind && id && (change.id === id || change.id === alsoKnownAs)) {
      setViewers(change.viewers.filter((v) => v.agentId !== agentId));
    }
  });

  const typing = useCallback(
    (isTyping: boolean) => {
      if (!id || typingRef.current === isTyping) return;
      typingRef.current = isTyping;
      client.viewing(kind, id, isTyping);
    },
    [client, kind, id],
  );

  return { viewers, typing };
}
