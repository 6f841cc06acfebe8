import { createContext, createElement, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { rolesOf, type StaffRole } from '../model/roles';

/** The agent's session as the console needs it; app/routes/agent gives it a SessionStore of its own. */
export interface AgentSession {
  token: string;
  userId: string;
  name: string | null;
  expiresAt: number;
}

export interface AgentSessionStore {
  getSnapshot(): { session: AgentSession | null; ended: 'expired' | 'signed-out' | 'password-changed' | 'account-disabled' | null };
  subscribe(listener: () => void): () => void;
  signIn(token: string, source: 'demo', hint?: { name?: string | null; expiresAt?: string }): AgentSession | null;
  signOut(): void;
  expire(reason?: 'expired' | 'password-changed' | 'account-disabled'): void;
  token(): string | null;
}

const Context = createContext<AgentSessionStore | null>(null);

export function AgentSessionProvider({ store, children }: { store: AgentSessionStore; children: ReactNode }) {
  return createElement(Context.Provider, { value: store }, children);
}

export function useAgentSessionStore(): AgentSessionStore {
  const store = useContext(Context);
  if (!store) throw new Error('useAgentSession needs an <AgentSessionProvider>');
  return store;
}

export function useAgentSession() {
  const store = useAgentSessionStore();
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { ...snapshot, store };
}

/** The signed-in staff member's roles, from the token (what the console shows; the server checks them too). */
export function useStaffRoles(): ReadonlySet<StaffRole> {
  const { session } = useAgentSession();
  const token = session?.token;
  return useMemo(() => rolesOf(token), [token]);
}
