
export interface WidgetState {
  open: boolean;
  token: string | null;
  userId: string | null;
  context: Record<string, string>;
  baseUrl: string;
  theme: 'light' | 'dark' | undefined;
}

/** What the host page told the widget (ZetChat.init / open / close), for React to read. */
export class WidgetStore {
  private state: WidgetState;
  private readonly listeners = new Set<() => void>();

  constructor(baseUrl: string) {
    this.state = { open: false, token: null, userId: null, context: {}, baseUrl, theme: undefined };
  }

  getState = (): WidgetState => this.state;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(patch: Partial<WidgetState>) {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  /** A new token (same customer or another); null claims are refused. */
  setToken(token: string): boolean {
    const sub = jwtSubject(token);
    if (!sub) return false;
    this.set({ token, userId: sub });
    return true;
  }

  open(context?: Record<string, string>) {
    this.set({ open: true, ...(context ? { context } : {}) });
  }

  close() {
    this.set({ open: false });
  }
}

/** The token's subject (the server verifies the token; the widget only keys its outbox by it). */
export function jwtSubject(token: string): string | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const sub = (JSON.parse(json) as { sub?: unknown }).sub;
    return typeof sub === 'string' && sub ? sub : null;
  } catch {
    return null;
  }
}
