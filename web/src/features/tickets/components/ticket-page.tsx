import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Plus } from 'lucide-react';
import { BackLink } from '@/components/ui/back-link';
import { Banner } from '@/components/ui/banner';
import { buttonStyles } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton, SkeletonText } from '@/components/ui/skeleton';
import { useNow } from '@/hooks/use-now';
import { describeError, isApiError } from '@/lib/api/errors';
import { formatIstDate } from '@/lib/format';
import { useTicket } from '../api/get-ticket';
import type { Ticket } from '../api/types';
import { newTicketPath, ticketPath, ticketsPath } from '../lib/paths';
import { isActive, isDone } from '../lib/status';
import { CsatPrompt } from './csat-prompt';
import { LinkedTransaction } from './linked-transaction';
import { OfflineNotice } from './offline-notice';
import { ReplyComposer } from './reply-composer';
import { SlaDue } from './sla-due';
import { StatusTimeline } from './status-timeline';
import { TicketStatusBadge } from './ticket-status-badge';
import { TicketLiveUpdates } from './ticket-live-updates';
import { TicketThread } from './ticket-thread';

/** /support/tickets/:ticketId: where a ticket stands, its payment, the conversation, a reply, a rating. */
export function TicketPage() {
  const { t } = useTranslation(['tickets', 'common']);
  const { ticketId = '' } = useParams();
  const ticket = useTicket(ticketId);

  return (
    <div className="flex flex-col gap-5 px-4 py-6">
      <TicketLiveUpdates ticketId={ticketId} number={ticket.data?.number} />
      <BackLink to={ticketsPath}>{t('ticket.back')}</BackLink>
      {ticket.isPending && ticket.fetchStatus === 'paused' ? (
        <OfflineNotice title={t('offline.title')} description={t('offline.ticket')} />
      ) : ticket.isPending ? (
        <TicketSkeleton label={t('ticket.loading')} />
      ) : ticket.isError ? (
        isApiError(ticket.error) && ticket.error.status === 404 ? (
          <EmptyState title={t('ticket.notFoundTitle')} description={t('ticket.notFoundDescription')} />
        ) : (
          <ErrorState
            title={t('ticket.errorTitle')}
            description={describeError(ticket.error)}
            retryLabel={t('common:actions.retry')}
            onRetry={() => void ticket.refetch()}
            retrying={ticket.isRefetching}
          />
        )
      ) : (
        <TicketDetails ticket={ticket.data} />
      )}
    </div>
  );
}

function TicketDetails({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation(['tickets', 'common']);
  const now = useNow();
  const ticketId = ticket.id ?? '';
  const closed = ticket.status === 'CLOSED';

  return (
    <>
      <header className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2 text-sm text-fg-muted">
          <span className="tabular-nums">{ticket.number}</span>
          <TicketStatusBadge status={ticket.status} />
        </div>
        <h1 className="text-2xl font-semibold break-words">{ticket.issueType}</h1>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-fg-muted">
          {ticket.createdAt && (
            <span>
              {t('ticket.raisedOn')} <RelativeTime value={ticket.createdAt} />
            </span>
          )}
          <SlaDue ticket={ticket} />
        </div>
      </header>

      {ticket.mergedInto && (
        <Banner
          tone="info"
          title={t('ticket.merged.title')}
          action={
            <Link to={ticketPath(ticket.mergedInto)} className={buttonStyles({ variant: 'ghost' })}>
              {t('ticket.merged.link')}
            </Link>
          }
        />
      )}

      {ticket.refundEta && isActive(ticket.status) && (
        <Banner tone="info" title={t('ticket.refund.title', { date: formatIstDate(ticket.refundEta, { now }) })}>
          {t('ticket.refund.description')}
        </Banner>
      )}

      {isDone(ticket.status) && <CsatPrompt ticketId={ticketId} />}

      <Card aria-labelledby="ticket-progress" className="flex flex-col gap-3 p-4">
        <h2 id="ticket-progress" className="text-sm font-medium text-fg-muted">
          {t('ticket.sections.progress')}
        </h2>
        <StatusTimeline ticket={ticket} />
      </Card>

      {ticket.transactionId && <LinkedTransaction transactionId={ticket.transactionId} />}

      <section aria-labelledby="ticket-conversation" className="flex flex-col gap-4">
        <h2 id="ticket-conversation" className="text-lg font-semibold">
          {t('ticket.sections.conversation')}
        </h2>
        <TicketThread ticket={ticket} />
        {closed ? (
          <Card className="flex flex-col items-start gap-3 p-4">
            <div className="flex flex-col gap-0.5">
              <p className="font-medium">{t('reply.closedTitle')}</p>
              <p className="text-sm text-fg-muted">{t('reply.closedDescription')}</p>
            </div>
            <Link to={newTicketPath} className={buttonStyles({ variant: 'secondary' })}>
              <Plus aria-hidden className="size-5" />
              {t('list.raise')}
            </Link>
          </Card>
        ) : (
          <ReplyComposer ticketId={ticketId} resolved={ticket.status === 'RESOLVED'} />
        )}
      </section>
    </>
  );
}

function TicketSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true" className="flex flex-col gap-5">
      <span role="status" className="sr-only">
        {label}
      </span>
      <div className="flex flex-col gap-2">
        <Skeleton className="h-4 w-40" />
        <Skeleton className="h-8 w-3/4" />
        <Skeleton className="h-4 w-1/2" />
      </div>
      <Skeleton className="h-40 w-full" />
      <SkeletonText lines={4} />
    </div>
  );
}
