import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Activity, BookOpen, Bot, ChartColumn, Inbox, MonitorSmartphone, Settings, Ticket, Users } from 'lucide-react';
import { SocketProvider, useSocketConnection } from '@/lib/socket/use-socket';
import { SessionStore } from '@/features/auth/session';
import {
  AgentShell,
  ChoosePasswordPage,
  mustChoosePassword,
  ShortcutsHelp,
  useAgentSession,
  useAlerts,
  useShortcuts,
  type RailItem,
} from '@/features/agent-console';
import { createStaffSocket } from './staff-socket';

// Agents, supervisors and admins share one staff session and one frame: /agent (the desk) and
// /admin (reports, the team, content, the bot) are two route chunks of the same console.

function tabStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** The staff member's own session (its own key): a customer session in the same browser is untouched. */
export const staffSession = new SessionStore(tabStorage(), 'zetpay.session.agent');
export const staffAuth = { getToken: () => staffSession.token(), onUnauthorized: () => staffSession.expire() };

/**
 * Signed in, or to the sign-in page and back here after (drafts stay in sessionStorage meanwhile).
 * Signed in with a one-time password: first a password of one's own, in place of the page (and
 * before any socket), then the page asked for.
 */
export function RequireStaff({ children }: { children: ReactNode }) {
  const { session } = useAgentSession();
  const location = useLocation();
  if (!session) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/agent/sign-in?next=${next}`} replace />;
  }
  if (mustChoosePassword(session.token)) return <ChoosePasswordPage />;
  return children;
}

export function StaffSocket({ children }: { children: ReactNode }) {
  const { session } = useAgentSession();
  const userId = session?.userId ?? null;
  const client = useMemo(() => (userId ? createStaffSocket(staffSession, userId) : null), [userId]);
  useEffect(() => () => client?.stop(), [client]);
  return client ? <SocketProvider client={client}>{children}</SocketProvider> : null;
}

function useRail(): RailItem[] {
  const { t } = useTranslation('agent');
  const leads = ['SUPERVISOR', 'ADMIN'] as const;
  return [
    { to: '/agent/inbox', label: t('rail.inbox'), icon: <Inbox /> },
    { to: '/agent/tickets', label: t('rail.tickets'), icon: <Ticket /> },
    { to: '/admin/live', label: t('rail.live'), icon: <Activity />, needs: leads },
    { to: '/admin/reports', label: t('rail.reports'), icon: <ChartColumn />, needs: leads },
    { to: '/admin/team', label: t('rail.team'), icon: <Users />, needs: leads },
    { to: '/admin/help', label: t('rail.help'), icon: <BookOpen />, needs: ['ADMIN'] },
    { to: '/admin/bot', label: t('rail.bot'), icon: <Bot />, needs: ['ADMIN'] },
    { to: '/admin/cobrowse', label: t('rail.cobrowse'), icon: <MonitorSmartphone />, needs: leads },
    { to: '/admin/settings', label: t('rail.settings'), icon: <Settings />, needs: leads, foot: true },
  ];
}

type Alerts = ReturnType<typeof useAlerts>;

/** The console frame around the pages: socket connection, alerts, the rail, keyboard help. */
export function StaffFrame({ children }: { children: (alerts: Alerts) => ReactNode }) {
  useSocketConnection();
  const alerts = useAlerts();
  const [help, setHelp] = useState(false);
  useShortcuts({ '?': () => setHelp(true) });
  const rail = useRail();
  return (
    <AgentShell alerts={alerts} onHelp={() => setHelp(true)} rail={rail}>
      {children(alerts)}
      <ShortcutsHelp open={help} onOpenChange={setHelp} />
    </AgentShell>
  );
}
