import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Activity, AlarmClock, Users } from 'lucide-react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api/errors';
import { cn } from '@/lib/utils/cn';
import type { AgentCard, LiveView, TeamCard } from '../api/live';
import { useLiveView } from '../hooks/use-live-view';
import { formatWait, loadRatio } from '../model/live';

/** Re-renders every second, so waits tick between frames. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

const dot: Record<string, string> = { ONLINE: 'bg-success', AWAY: 'bg-warning', OFFLINE: 'bg-border-strong' };

function AgentRow({ agent }: { agent: AgentCard }) {
  const { t } = useTranslation('live-view');
  const active = agent.active ?? 0;
  const capacity = agent.capacity ?? 0;
  const status = agent.status ?? 'OFFLINE';
  return (
    <li className="flex items-center gap-3 py-1.5">
      <span aria-hidden className={cn('size-2.5 shrink-0 rounded-full', dot[status] ?? 'bg-border-strong')} />
      <span className="min-w-0 flex-1 truncate text-sm">{agent.name}</span>
      <span className="sr-only">{t(`status.${status}`)}</span>
      <span
        className="h-1.5 w-20 overflow-hidden rounded-full bg-surface-muted"
        role="meter"
        aria-label={t('load', { name: agent.name })}
        aria-valuemin={0}
        aria-valuemax={capacity}
        aria-valuenow={active}
      >
        <span className="block h-full bg-primary" style={{ width: `${loadRatio(active, capacity) * 100}%` }} />
      </span>
      <span className="w-10 text-right text-xs tabular-nums text-fg-muted">
        {active}/{capacity}
      </span>
    </li>
  );
}

function TeamCardView({ card, now }: { card: TeamCard; now: number }) {
  const { t } = useTranslation('live-view');
  const queued = card.queued ?? 0;
  const since = card.longestWaitingSince ? Date.parse(card.longestWaitingSince) : null;
  const agents = card.agents ?? [];
  const online = agents.filter((a) => a.status === 'ONLINE').length;
  const label = card.team ? card.displayName : t('anyTeam');
  return (
    <Card className="flex flex-col gap-3 p-4" aria-label={t('teamCard', { team: label })}>
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="truncate font-semibold">{label}</h2>
        <span className="text-xs text-fg-muted">{t('online', { count: online, total: agents.length })}</span>
      </div>
      <dl className="grid grid-cols-2 gap-2">
        <div>
          <dt className="text-xs text-fg-muted">{t('queued')}</dt>
          <dd className="text-2xl font-semibold tabular-nums" data-testid="queued">
            {queued}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-fg-muted">{t('longestWait')}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{since === null ? '–' : formatWait((now - since) / 1000)}</dd>
        </div>
      </dl>
      {agents.length === 0 ? (
        <p className="text-sm text-fg-muted">{t('noAgents')}</p>
      ) : (
        <ul aria-label={t('agentsOf', { team: label })} className="divide-y divide-border">
          {agents.map((agent) => (
            <AgentRow key={agent.id} agent={agent} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function NearBreach({ view, now }: { view: LiveView; now: number }) {
  const { t } = useTranslation('live-view');
  const empty = view.waitingLong.length === 0 && view.dueTickets.length === 0;
  return (
    <Card className="flex flex-col gap-3 self-start p-4">
      <h2 className="flex items-center gap-2 font-semibold">
        <AlarmClock aria-hidden className="size-4 text-warning" />
        {t('nearBreach')}
      </h2>
      {empty ? (
        <p className="text-sm text-fg-muted">
          {t('nothingNear', { minutes: Math.round(view.dueSoonSeconds / 60), wait: Math.round(view.chatWaitWarningSeconds / 60) })}
        </p>
      ) : (
        <ul aria-label={t('nearBreach')} className="flex flex-col gap-2">
          {view.waitingLong.map((chat) => (
            <li key={chat.conversationId} className="flex items-center gap-2 text-sm">
              <Badge tone={chat.urgent ? 'danger' : 'warning'}>{t('chatWaiting')}</Badge>
              <Link to={`/agent/inbox/${chat.conversationId}`} className="truncate font-mono text-xs text-primary hover:underline">
                {chat.conversationId}
              </Link>
              <span className="ml-auto tabular-nums text-fg-muted">{formatWait((now - Date.parse(chat.since ?? '')) / 1000)}</span>
            </li>
          ))}
          {view.dueTickets.map((ticket) => {
            const tone: BadgeTone = ticket.overdue ? 'danger' : 'warning';
            return (
              <li key={ticket.ticketId} className="flex items-center gap-2 text-sm">
                <Badge tone={tone}>{ticket.overdue ? t('overdue') : t('dueSoon')}</Badge>
                <Link to={`/agent/tickets/${ticket.ticketId}`} className="text-primary hover:underline">
                  {ticket.number}
                </Link>
                <span className="text-xs text-fg-muted">
                  {t(`target.${ticket.target ?? 'RESOLUTION'}`)} · {ticket.priority}
                </span>
                <span className="ml-auto text-fg-muted">
                  <RelativeTime value={ticket.due ?? ''} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

/** /admin/live: every team's queue and agents, and what is close to breaching, kept current by the socket. */
export function LiveViewPage() {
  const { t } = useTranslation('live-view');
  const view = useLiveView();
  const now = useNow();
  return (
    <div tabIndex={0} className="flex min-h-0 flex-1 flex-col gap-4 overflow-y-auto p-6 focus-visible:outline-2 focus-visible:outline-focus">
      <header className="flex items-center gap-2">
        <Activity aria-hidden className="size-5 text-primary" />
        <h1 className="text-xl font-semibold">{t('title')}</h1>
        <span className="ml-auto text-xs text-fg-muted">{t('live')}</span>
      </header>
      {view.isPending ? (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" aria-busy="true">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-48" />
          ))}
        </div>
      ) : view.isError ? (
        <ErrorState
          title={t('error')}
          description={describeError(view.error)}
          retryLabel={t('retry')}
          onRetry={() => void view.refetch()}
          retrying={view.isFetching}
        />
      ) : view.data.teams.length === 0 ? (
        <EmptyState icon={<Users />} title={t('emptyTitle')} description={t('empty')} />
      ) : (
        <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
          <div className="grid content-start gap-4 md:grid-cols-2 2xl:grid-cols-3">
            {view.data.teams.map((card) => (
              <TeamCardView key={card.team ?? ''} card={card} now={now} />
            ))}
          </div>
          <NearBreach view={view.data} now={now} />
        </div>
      )}
    </div>
  );
}
