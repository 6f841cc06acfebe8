import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ChevronRight, MessageCircle, Plus, Ticket as TicketIcon } from 'lucide-react';
import { Button, buttonStyles } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { List, ListItem, listRowStyles } from '@/components/ui/card';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api/errors';
import { useTickets } from '../api/get-tickets';
import type { Ticket } from '../api/types';
import { newTicketPath, ticketPath } from '../lib/paths';
import { OfflineNotice } from './offline-notice';
import { SlaDue } from './sla-due';
import { TicketStatusBadge } from './ticket-status-badge';

/** /support/tickets: my tickets, newest first, with where each stands and what comes next. */
export function TicketsListPage({ chatPath }: { chatPath: string }) {
  const { t } = useTranslation(['tickets', 'common']);
  const tickets = useTickets();
  const items = tickets.data?.pages.flatMap((page) => page.items ?? []) ?? [];
  const total = tickets.data?.pages[0]?.total ?? 0;

  return (
    <div className="flex flex-col gap-4 px-4 py-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold">{t('list.title')}</h1>
          <p className="text-fg-muted">{t('list.description')}</p>
        </div>
        {items.length > 0 && (
          <Link to={newTicketPath} className={buttonStyles({ variant: 'primary' })}>
            <Plus aria-hidden className="size-5" />
            {t('list.raise')}
          </Link>
        )}
      </div>

      {tickets.isPending && tickets.fetchStatus === 'paused' ? (
        <OfflineNotice title={t('offline.title')} description={t('offline.list')} />
      ) : tickets.isPending ? (
        <TicketsSkeleton label={t('list.loading')} />
      ) : !tickets.data ? (
        <ErrorState
          title={t('list.errorTitle')}
          description={describeError(tickets.error)}
          retryLabel={t('common:actions.retry')}
          onRetry={() => void tickets.refetch()}
          retrying={tickets.isRefetching}
        />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<TicketIcon />}
          title={t('list.empty.title')}
          description={t('list.empty.description')}
          action={
            <div className="flex flex-wrap justify-center gap-3">
              <Link to={newTicketPath} className={buttonStyles({ variant: 'primary' })}>
                <Plus aria-hidden className="size-5" />
                {t('list.raise')}
              </Link>
              <Link to={chatPath} className={buttonStyles({ variant: 'secondary' })}>
                <MessageCircle aria-hidden className="size-5" />
                {t('list.empty.chat')}
              </Link>
            </div>
          }
        />
      ) : (
        <section aria-labelledby="tickets-count" className="flex flex-col gap-3">
          <h2 id="tickets-count" className="sr-only">
            {t('list.count', { count: total })}
          </h2>
          <List>
            {items.map((ticket) => (
              <ListItem key={ticket.id}>
                <TicketRow ticket={ticket} />
              </ListItem>
            ))}
          </List>
          {tickets.hasNextPage && (
            <Button
              variant="secondary"
              fullWidth
              loading={tickets.isFetchingNextPage}
              onClick={() => void tickets.fetchNextPage()}
            >
              {t('list.more')}
            </Button>
          )}
          {tickets.isFetchNextPageError && <p role="alert" className="text-sm text-danger">{describeError(tickets.error)}</p>}
        </section>
      )}
    </div>
  );
}

function TicketRow({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation(['tickets', 'common']);
  return (
    <Link to={ticketPath(ticket.id ?? '')} className={listRowStyles}>
      <span className="flex min-w-0 flex-1 flex-col gap-1">
        <span className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-fg-muted tabular-nums">{ticket.number}</span>
          <TicketStatusBadge status={ticket.status} />
        </span>
        <span className="font-medium break-words text-fg">{ticket.issueType}</span>
        <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-fg-muted">
          <SlaDue ticket={ticket} />
          {ticket.updatedAt && (
            <span>
              {t('list.updated')} <RelativeTime value={ticket.updatedAt} />
            </span>
          )}
        </span>
      </span>
      <ChevronRight aria-hidden className="size-5 shrink-0 text-fg-muted" />
    </Link>
  );
}

function TicketsSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true" className="flex flex-col gap-0 overflow-hidden rounded-ui border border-border bg-surface">
      <span role="status" className="sr-only">
        {label}
      </span>
      {[0, 1, 2].map((i) => (
        <div key={i} aria-hidden className="flex flex-col gap-2 border-b border-border px-4 py-3 last:border-b-0">
          <div className="flex gap-2">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-4 w-20" />
          </div>
          <Skeleton className="h-5 w-3/4" />
          <Skeleton className="h-4 w-1/2" />
        </div>
      ))}
    </div>
  );
}
