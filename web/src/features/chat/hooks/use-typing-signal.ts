import { useCallback, useEffect, useRef } from 'react';

/**
 * Turns keystrokes into few `typing` frames: true at most once per `everyMs` while the person types,
 * false after `idleMs` without a keystroke (or at once on send/blur via stop()).
 */
export function useTypingSignal(signal: (isTyping: boolean) => void, { everyMs = 3000, idleMs = 4000 } = {}) {
  const lastSent = useRef(0);
  const typing = useRef(false);
  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(signal);
  useEffect(() => {
    latest.current = signal;
  });

  const stop = useCallback(() => {
    clearTimeout(idle.current);
    idle.current = undefined;
    if (typing.current) {
      typing.current = false;
      lastSent.current = 0;
      latest.current(false);
    }
  }, []);

  const keystroke = useCallback(() => {
    const now = Date.now();
    if (!typing.current || now - lastSent.current >= everyMs) {
      typing.current = true;
      lastSent.current = now;
      latest.current(true);
    }
    clearTimeout(idle.current);
    idle.current = setTimeout(stop, idleMs);
  }, [everyMs, idleMs, stop]);

  useEffect(() => () => clearTimeout(idle.current), []);
  return { keystroke, stop };
}
