function safe(kind: 'local' | 'session'): Storage | null {
  try {
    return kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return null;
  }
}

/** Composer drafts per conversation, in sessionStorage: they survive a sign-in again, not a closed tab. */
export const drafts = {
  key: (chatId: string) => `zetpay.agent.draft.${chatId}`,
  get(chatId: string): string {
    return safe('session')?.getItem(drafts.key(chatId)) ?? '';
  },
  set(chatId: string, text: string) {
    const storage = safe('session');
    if (!storage) return;
    try {
      if (text) storage.setItem(drafts.key(chatId), text);
      else storage.removeItem(drafts.key(chatId));
    } catch {
      // full or unavailable: the draft lives as long as the page
    }
  },
};

export interface AlertPrefs {
  desktop: boolean;
  sound: boolean;
}

const PREFS_KEY = 'zetpay.agent.alerts';

/** Desktop notifications and sound, remembered per browser; both off until the agent turns them on. */
export function loadAlertPrefs(): AlertPrefs {
  try {
    const raw = safe('local')?.getItem(PREFS_KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<AlertPrefs>) : {};
    return { desktop: parsed.desktop === true, sound: parsed.sound === true };
  } catch {
    return { desktop: false, sound: false };
  }
}

export function saveAlertPrefs(prefs: AlertPrefs) {
  try {
    safe('local')?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // not remembered
  }
}
