import { useCallback, useEffect, useRef, useState } from 'react';
import { beep } from '../model/beep';
import { loadAlertPrefs, saveAlertPrefs, type AlertPrefs } from '../model/storage';

/**
 * Desktop notifications and a sound for new assignments and messages: off until the agent turns
 * them on (the browser asks for notification permission then), remembered in localStorage.
 */
export function useAlerts() {
  const [prefs, setPrefs] = useState<AlertPrefs>(loadAlertPrefs);
  const latest = useRef(prefs);
  useEffect(() => {
    latest.current = prefs;
    saveAlertPrefs(prefs);
  }, [prefs]);

  const toggleDesktop = useCallback(async () => {
    if (latest.current.desktop) return setPrefs((p) => ({ ...p, desktop: false }));
    const N = globalThis.Notification;
    if (!N) return;
    const permission = N.permission === 'granted' ? 'granted' : await N.requestPermission();
    setPrefs((p) => ({ ...p, desktop: permission === 'granted' }));
  }, []);

  const toggleSound = useCallback(() => {
    setPrefs((p) => {
      if (!p.sound) beep();
      return { ...p, sound: !p.sound };
    });
  }, []);

  /** Raises an alert unless the agent is looking at that chat already. */
  const notify = useCallback((title: string, body: string, { tag, onClick }: { tag: string; onClick?: () => void }) => {
    const { desktop, sound } = latest.current;
    if (sound) beep();
    const N = globalThis.Notification;
    if (desktop && N?.permission === 'granted' && document.visibilityState !== 'visible') {
      try {
        const n = new N(title, { body, tag });
        n.onclick = () => {
          globalThis.focus();
          onClick?.();
          n.close();
        };
      } catch {
        // some browsers only allow notifications from a service worker
      }
    }
  }, []);

  return { prefs, toggleDesktop, toggleSound, notify };
}
