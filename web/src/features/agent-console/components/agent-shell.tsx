import type { ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Keyboard, LogOut, Monitor, MonitorOff, Volume2, VolumeX } from 'lucide-react';
import { IconButton } from '@/components/ui/icon-button';
import { OfflineBanner } from '@/components/offline-banner';
import { toast } from '@/components/ui/toast';
import { describeError } from '@/lib/api/errors';
import { useOnSocketReopen, useSocketEvent, useSocketState } from '@/lib/socket/use-socket';
import { cn } from '@/lib/utils/cn';
import { ChangePasswordButton } from './password-form';
import { deskKeys, getDesk, logout, setAvailability, type Availability, type DeskStatus } from '../api/desk';
import { useAgentSession, useStaffRoles } from '../hooks/use-agent-session';
import { mayOpen, type StaffRole } from '../model/roles';
import type { useAlerts } from '../hooks/use-alerts';
import { MentionsMenu } from './mentions-menu';

const availabilities: Availability[] = ['ONLINE', 'AWAY', 'OFFLINE'];
const dot: Record<Availability, string> = { ONLINE: 'bg-success', AWAY: 'bg-warning', OFFLINE: 'bg-fg-muted' };

/** A place in the icon rail: shown to staff with one of the roles it needs (none: to everyone). */
export interface RailItem {
  to: string;
  label: string;
  icon: ReactNode;
  needs?: readonly StaffRole[];
  /** Kept at the foot of the rail (settings). */
  foot?: boolean;
}

function RailLink({ to, label, icon }: RailItem) {
  return (
    <NavLink
      to={to}
      title={label}
      className={({ isActive }) =>
        cn(
          'flex size-10 items-center justify-center rounded-ui [&>svg]:size-5',
          isActive ? 'bg-primary-soft text-primary' : 'text-fg-muted hover:bg-surface-muted hover:text-fg',
        )
      }
    >
      {icon}
      <span className="sr-only">{label}</span>
    </NavLink>
  );
}

/** The console frame: icon rail (the places the roles open), header (status switch, capacity, alerts, connection), the page. */
export function AgentShell({
  alerts,
  onHelp,
  rail,
  children,
}: {
  alerts: ReturnType<typeof useAlerts>;
  onHelp: () => void;
  rail: readonly RailItem[];
  children: ReactNode;
}) {
  const { t } = useTranslation('agent');
  const { session, store } = useAgentSession();
  const roles = useStaffRoles();
  // One frame for the desk (/agent) and the supervisors' and admins' pages (/admin): it says which.
  const title = useLocation().pathname.startsWith('/admin') ? t('adminTitle') : t('title');
  const places = rail.filter((item) => mayOpen(roles, item.needs));
  const queryClient = useQueryClient();
  // No polling: agent_load says when the status or load changes (this tab, another, another node),
  // and the desk is read again whenever the socket (re)opens, in case a frame was missed meanwhile.
  const desk = useQuery({ queryKey: deskKeys.me, queryFn: ({ signal }) => getDesk(signal) });
  const socket = useSocketState((s) => s.status);
  useSocketEvent('agent_load', (load) =>
    queryClient.setQueryData<DeskStatus>(deskKeys.me, (old) =>
      old ? { ...old, availability: load.status, activeChats: load.active, maxConcurrentChats: load.capacity } : old,
    ),
  );
  useOnSocketReopen(() => void queryClient.invalidateQueries({ queryKey: deskKeys.me }));
  const change = useMutation({
    mutationFn: setAvailability,
    onSuccess: (status) => queryClient.setQueryData(deskKeys.me, status),
    onError: (e) => toast({ tone: 'danger', title: t('header.statusFailed'), description: describeError(e) }),
  });
  const availability = desk.data?.availability ?? 'OFFLINE';
  const signOut = async () => {
    await logout();
    store.signOut();
  };

  return (
    <div className="flex h-dvh bg-bg text-sm text-fg">
      <nav aria-label={t('rail.label')} className="flex w-14 shrink-0 flex-col items-center gap-1 border-r border-border bg-surface py-3">
        <span aria-hidden className="mb-3 flex size-9 items-center justify-center rounded-ui bg-primary text-sm font-bold text-on-primary">Z</span>
        {places.filter((item) => !item.foot).map((item) => (
          <RailLink key={item.to} {...item} />
        ))}
        <span className="flex-1" />
        {places.filter((item) => item.foot).map((item) => (
          <RailLink key={item.to} {...item} />
        ))}
      </nav>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-12 shrink-0 items-center gap-3 border-b border-border bg-surface px-4">
          <span className="shrink-0 font-semibold">{title}</span>
          <span
            className={cn('text-xs', socket === 'open' ? 'text-fg-muted' : 'text-warning')}
            role="status"
            aria-live="polite"
          >
            {socket === 'open' ? t('header.live') : t('header.reconnecting')}
          </span>
          <span className="flex-1" />
          {desk.data && (
            <span className="tabular-nums text-fg-muted" data-testid="capacity">
              {t('header.capacity', { active: desk.data.activeChats ?? 0, max: desk.data.maxConcurrentChats ?? 0 })}
            </span>
          )}
          <label className="flex items-center gap-2">
            <span aria-hidden className={cn('size-2.5 rounded-full', dot[availability])} />
            <span className="sr-only">{t('header.status')}</span>
            <select
              value={availability}
              disabled={!desk.data || change.isPending}
              onChange={(e) => change.mutate(e.target.value as Availability)}
              className="h-8 rounded-ui border border-border bg-surface px-2 text-sm"
            >
              {availabilities.map((a) => (
                <option key={a} value={a}>
                  {t(`availability.${a}`)}
                </option>
              ))}
            </select>
          </label>
          <IconButton
            size="sm"
            label={alerts.prefs.desktop ? t('header.desktopOff') : t('header.desktopOn')}
            aria-pressed={alerts.prefs.desktop}
            icon={alerts.prefs.desktop ? <Monitor className="size-4" /> : <MonitorOff className="size-4" />}
            onClick={() => void alerts.toggleDesktop()}
          />
          <IconButton
            size="sm"
            label={alerts.prefs.sound ? t('header.soundOff') : t('header.soundOn')}
            aria-pressed={alerts.prefs.sound}
            icon={alerts.prefs.sound ? <Volume2 className="size-4" /> : <VolumeX className="size-4" />}
            onClick={alerts.toggleSound}
          />
          <MentionsMenu />
          <IconButton size="sm" label={t('header.shortcuts')} icon={<Keyboard className="size-4" />} onClick={onHelp} />
          <span className="max-w-40 truncate font-medium" title={session?.name ?? undefined}>
            {desk.data?.name ?? session?.name}
          </span>
          <ChangePasswordButton />
          <IconButton size="sm" label={t('header.signOut')} icon={<LogOut className="size-4" />} onClick={() => void signOut()} />
        </header>
        <OfflineBanner className="m-2" />
        <main id="main" className="flex min-h-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
