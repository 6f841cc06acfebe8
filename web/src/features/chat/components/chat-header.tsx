import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '@/lib/utils/cn';
import type { ChatSession } from '../api/chats';
import { Avatar } from './avatar';

/** Who the customer is talking to: the assistant, the queue, the agent by name (online or away), or an ended chat. */
export function ChatHeader({ session, start, end }: { session: ChatSession | undefined; start?: ReactNode; end?: ReactNode }) {
  const { t } = useTranslation('chat');
  const status = session?.status;
  const agentName = session?.assignedAgentId ? session.participantNames?.[session.assignedAgentId] : undefined;
  let title = t('title');
  let subtitle = '';
  let avatar: ReactNode = <Avatar kind="support" />;
  if (status === 'BOT') {
    title = t('sender.bot');
    subtitle = t('header.bot');
    avatar = <Avatar kind="bot" />;
  } else if (status === 'QUEUED') {
    subtitle = t('header.queued');
  } else if (status === 'ASSIGNED') {
    title = agentName ?? t('sender.agent');
    subtitle = session?.agentOnline === false ? t('header.agentAway') : t('header.agent');
    avatar = <Avatar kind="agent" name={agentName} />;
  } else if (status === 'CLOSED') {
    subtitle = t('header.closed');
  }
  return (
    <header className="flex min-h-14 items-center gap-2 border-b border-border bg-surface px-2">
      {start}
      <div className="relative">
        {avatar}
        {status === 'ASSIGNED' && (
          <span aria-hidden className={cn('absolute -right-0.5 -bottom-0.5 size-3 rounded-full border-2 border-surface', session?.agentOnline === false ? 'bg-border-strong' : 'bg-success')} />
        )}
      </div>
      <div className="flex min-w-0 flex-1 flex-col px-1">
        <h1 className="truncate text-base leading-tight font-semibold">{title}</h1>
        {subtitle && <p className="truncate text-xs text-fg-muted">{subtitle}</p>}
      </div>
      {end}
    </header>
  );
}
