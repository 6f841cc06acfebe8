/**
 * The customer's session: a bearer token from the host app (ZetChat.init, postMessage) or, in the
 * embedded default, from the demo sign-in (POST /api/dev/token). Kept in sessionStorage (gone with
 * the tab, never in a URL), expired at its exp, refreshed a minute before when a refresher is set.
 */

import { readJwt } from '@/lib/jwt';

export type SessionSource = 'host' | 'demo';

export interface Session {
  token: string;
  userId: string;
  name: string | null;
  /** ms since epoch. */
  expiresAt: number;
  source: SessionSource;
}

/** Why there is no session any more: the token ran out or was refused, or the person signed out. */
/**
 * Why the session ended. password-changed and account-disabled: the server closed the staff socket
 * for that reason (auth_failed code), so the sign-in page can say why instead of "your session ended".
 */
export type SessionEnd = 'expired' | 'signed-out' | 'password-changed' | 'account-disabled' | null;

export interface SessionSnapshot {
  session: Session | null;
  ended: SessionEnd;
}

export { readJwt };

const REFRESH_BEFORE_MS = 60_000;
const MAX_TIMEOUT = 2 ** 31 - 1;

export class SessionStore {
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();
  private expiryTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private refresher: ((session: Session) => Promise<unknown>) | null = null;

  constructor(
    private readonly storage: Storage | null,
    private readonly key: string,
    private readonly now: () => number = Date.now,
  ) {
    const stored = this.load();
    this.snapshot = { session: stored, ended: null };
    if (stored) this.schedule(stored);
  }

  getSnapshot = (): SessionSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The token to send, or null (an expired one ends the session on the spot). */
  token(): string | null {
    const session = this.snapshot.session;
    if (!session) return null;
    if (session.expiresAt <= this.now()) {
      this.expire();
      return null;
    }
    return session.token;
  }

  /**
   * Starts (or renews) the session from a token. Returns null for a token that is not a JWT with a
   * subject and a future expiry.
   */
  signIn(token: string, source: SessionSource, hint: { name?: string | null; expiresAt?: string } = {}): Session | null {
    const claims = readJwt(token);
    const expiresAt = claims?.exp ? claims.exp * 1000 : hint.expiresAt ? Date.parse(hint.expiresAt) : NaN;
    if (!claims?.sub || !Number.isFinite(expiresAt) || expiresAt <= this.now()) return null;
    const session: Session = { token, userId: claims.sub, name: claims.name ?? hint.name ?? null, expiresAt, source };
    this.save(session);
    this.schedule(session);
    this.set({ session, ended: null });
    return session;
  }

  /** The token ran out or the server refused it (REST 401, socket auth_failed, with its reason when it gave one). */
  expire(reason: 'expired' | 'password-changed' | 'account-disabled' = 'expired') {
    if (this.snapshot.session) this.end(reason);
  }

  signOut() {
    this.end('signed-out');
  }

  /** How to get a fresh token a minute before expiry (demo: the dev endpoint again; host: ask the app). */
  setRefresher(refresher: ((session: Session) => Promise<unknown>) | null) {
    this.refresher = refresher;
    if (this.snapshot.session) this.schedule(this.snapshot.session);
  }

  private end(reason: Exclude<SessionEnd, null>) {
    this.clearTimers();
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // storage unavailable: nothing was kept
    }
    this.set({ session: null, ended: reason });
  }

  private schedule(session: Session) {
    this.clearTimers();
    const left = session.expiresAt - this.now();
    this.expiryTimer = setTimeout(() => this.expire(), Math.min(MAX_TIMEOUT, Math.max(0, left)));
    const refresher = this.refresher;
    if (refresher && left > REFRESH_BEFORE_MS) {
      this.refreshTimer = setTimeout(() => {
        // A failed refresh leaves the expiry timer to end the session.
        void refresher(session).catch(() => {});
      }, Math.min(MAX_TIMEOUT, left - REFRESH_BEFORE_MS));
    }
  }

  private clearTimers() {
    clearTimeout(this.expiryTimer);
    clearTimeout(this.refreshTimer);
  }

  private set(snapshot: SessionSnapshot) {
    this.snapshot = snapshot;
    for (const listener of [...this.listeners]) listener();
  }

  private save(session: Session) {
    try {
      this.storage?.setItem(this.key, JSON.stringify(session));
    } catch {
      // private mode: the session lives as long as the page
    }
  }

  private load(): Session | null {
    try {
      const raw = this.storage?.getItem(this.key);
      if (!raw) return null;
      const s = JSON.parse(raw) as Partial<Session>;
      if (typeof s.token !== 'string' || typeof s.userId !== 'string' || typeof s.expiresAt !== 'number') return null;
      if (s.expiresAt <= this.now()) return null;
      return {
        token: s.token,
        userId: s.userId,
        name: typeof s.name === 'string' ? s.name : null,
        expiresAt: s.expiresAt,
        source: s.source === 'host' ? 'host' : 'demo',
      };
    } catch {
      return null;
    }
  }
}

function safeSessionStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** The customer session of this tab. (Agents and admins get their own store with the consoles.) */
export const customerSession = new SessionStore(safeSessionStorage(), 'zetpay.session.customer');
