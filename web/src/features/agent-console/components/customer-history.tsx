import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { History, Ticket as TicketIcon } from 'lucide-react';
import { Badge, statusTone } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { searchTickets, ticketKeys, type TicketFilter } from '../api/tickets';
import { getPastConversations, workspaceKeys } from '../api/workspace';

function Heading({ icon, children }: { icon: React.ReactNode; children: React.ReactNode }) {
  return <h3 className="flex items-center gap-1.5 px-4 pt-4 pb-2 text-xs font-semibold tracking-wide text-fg-muted uppercase">{icon} {children}</h3>;
}

/**
 * The customer's other conversations and their tickets, as far as this agent may see them. A past
 * conversation opens in the workspace, read only (it is closed or someone else's); a ticket in its view.
 */
export function CustomerHistory({ customerId, chatId }: { customerId: string; chatId: string }) {
  const { t } = useTranslation('agent');
  const conversations = useQuery({ queryKey: workspaceKeys.pastConversations(customerId), queryFn: ({ signal }) => getPastConversations(customerId, signal) });
  // Under ticketKeys.all, so a ticket changed anywhere in the console refreshes the history too.
  const ticketFilter: TicketFilter = { customerId, page: 0, size: 10 };
  const tickets = useQuery({
    queryKey: ticketKeys.list(ticketFilter),
    queryFn: ({ signal }) => searchTickets(ticketFilter, signal),
    select: (page) => page.items,
  });
  const past = (conversations.data ?? []).filter((c) => c.id !== chatId);
  const loading = <Skeleton className="mx-4 mb-4 h-9" />;
  const failed = <p className="px-4 pb-4 text-fg-muted">{t('consoleWorkspace.customer.historyError')}</p>;
  return (
    <>
      <section aria-label={t('consoleWorkspace.customer.pastConversations')} className="border-t border-border">
        <Heading icon={<History aria-hidden className="size-3.5" />}>{t('consoleWorkspace.customer.pastConversations')}</Heading>
        {conversations.isPending ? loading : conversations.isError ? failed : past.length === 0 ? (
          <p className="px-4 pb-4 text-fg-muted">{t('consoleWorkspace.customer.noPastConversations')}</p>
        ) : (
          <ul className="divide-y divide-border pb-2">
            {past.map((c) => (
              <li key={c.id}>
                <Link to={`/agent/inbox/${c.id}`} className="flex flex-col gap-0.5 px-4 py-2 hover:bg-surface-muted">
                  <span className="flex items-center gap-2">
                    <span className="min-w-0 flex-1 truncate">{c.topic || c.id}</span>
                    <Badge tone={statusTone(c.status)}>{t(`status.${c.status as 'BOT'}`, { defaultValue: c.status })}</Badge>
                  </span>
                  <span className="text-xs text-fg-muted">
                    {c.updatedAt && <RelativeTime value={c.updatedAt} />}
                    {(c.labels ?? []).length > 0 && ` · ${(c.labels ?? []).join(', ')}`}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label={t('consoleWorkspace.customer.pastTickets')} className="border-t border-border">
        <Heading icon={<TicketIcon aria-hidden className="size-3.5" />}>{t('consoleWorkspace.customer.pastTickets')}</Heading>
        {tickets.isPending ? loading : tickets.isError ? failed : tickets.data.length === 0 ? (
          <p className="px-4 pb-4 text-fg-muted">{t('consoleWorkspace.customer.noPastTickets')}</p>
        ) : (
          <ul className="divide-y divide-border pb-2">
            {tickets.data.map((ticket) => (
              <li key={ticket.id}>
                <Link to={`/agent/tickets/${ticket.id}`} className="flex flex-col gap-0.5 px-4 py-2 hover:bg-surface-muted">
                  <span className="flex items-center gap-2">
                    <span className="font-mono text-xs">{ticket.number}</span>
                    <span className="min-w-0 flex-1 truncate">{ticket.issueType}</span>
                    <Badge tone={statusTone(ticket.status)}>{t(`ticketStatus.${ticket.status as 'OPEN'}`, { defaultValue: ticket.status ?? '' })}</Badge>
                  </span>
                  {ticket.createdAt && (
                    <span className="text-xs text-fg-muted">
                      <RelativeTime value={ticket.createdAt} />
                    </span>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
