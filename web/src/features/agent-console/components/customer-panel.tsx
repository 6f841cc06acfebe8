import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, PanelRightClose, ReceiptText } from 'lucide-react';
import { Badge, statusTone } from '@/components/ui/badge';
import { ErrorState } from '@/components/ui/error-state';
import { IconButton } from '@/components/ui/icon-button';
import { Money } from '@/components/ui/money';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api/errors';
import { cn } from '@/lib/utils/cn';
import { conversationKeys, getCustomerTransactions, type Conversation, type Transaction } from '../api/conversations';
import { customerOf } from '../model/inbox';
import { CustomerHistory } from './customer-history';

function contextEntries(context: unknown): Array<[string, string]> {
  if (!context || typeof context !== 'object') return [];
  return Object.entries(context as Record<string, unknown>)
    .filter(([, v]) => v != null && v !== '')
    .map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]);
}

function TransactionRow({ tx, highlighted }: { tx: Transaction; highlighted: boolean }) {
  const { t } = useTranslation('agent');
  const failedDebited = tx.status === 'FAILED' && tx.debited;
  return (
    <li className={cn('flex flex-col gap-0.5 px-4 py-2', highlighted && 'bg-accent-soft', failedDebited && 'border-l-2 border-danger')}>
      <span className="flex items-center gap-2">
        <Money amount={tx.amount ?? 0} className="font-medium tabular-nums" />
        <span className="min-w-0 flex-1 truncate text-fg-muted">{tx.counterparty}</span>
        <Badge tone={statusTone(tx.status)}>{t(`tx.status.${tx.status ?? 'PENDING'}`)}</Badge>
      </span>
      <span className="flex items-center gap-2 text-xs text-fg-muted">
        <span className="font-mono">{tx.id}</span>
        <span>· {tx.method}</span>
        {tx.occurredAt && (
          <>
            · <RelativeTime value={tx.occurredAt} />
          </>
        )}
      </span>
      {failedDebited && (
        <span className="flex items-center gap-1 text-xs font-medium text-danger">
          <AlertTriangle aria-hidden className="size-3.5" /> {t('customer.failedDebited')}
          {tx.errorCode ? ` · ${tx.errorCode}` : ''}
        </span>
      )}
    </li>
  );
}

/** The customer beside the thread: who, where they came from, their recent payments. */
export function CustomerPanel({ conversation, onCollapse }: { conversation: Conversation; onCollapse: () => void }) {
  const { t } = useTranslation('agent');
  const customer = customerOf(conversation);
  const transactions = useQuery({
    queryKey: conversationKeys.transactions(customer.id ?? ''),
    queryFn: ({ signal }) => getCustomerTransactions(customer.id!, signal),
    enabled: !!customer.id,
  });
  const context = contextEntries(conversation.context);
  const txId = conversation.associatedTransactionId ?? (conversation.context as { transactionId?: string } | undefined)?.transactionId;
  return (
    <aside aria-label={t('customer.label')} className="flex w-[340px] shrink-0 flex-col overflow-y-auto border-l border-border bg-surface">
      <div className="flex items-start gap-3 border-b border-border p-4">
        <span aria-hidden className="flex size-10 shrink-0 items-center justify-center rounded-full bg-accent-soft font-semibold">
          {customer.name.slice(0, 1).toUpperCase()}
        </span>
        <div className="min-w-0 flex-1">
          <h2 className="truncate font-semibold">{customer.name}</h2>
          <p className="truncate font-mono text-xs text-fg-muted" title={t('consoleWorkspace.customer.contact')}>
            {customer.id}
          </p>
          {conversation.createdAt && (
            <p className="text-xs text-fg-muted">
              {t('customer.chatStarted')} <RelativeTime value={conversation.createdAt} />
            </p>
          )}
          {/* The payments port answers transactions only: no KYC or account status to show yet. */}
          <p className="mt-1 text-xs text-fg-muted">{t('consoleWorkspace.customer.kycUnavailable')}</p>
        </div>
        <IconButton size="sm" label={t('customer.collapse')} icon={<PanelRightClose className="size-4" />} onClick={onCollapse} />
      </div>
      <section className="border-b border-border p-4">
        <h3 className="mb-2 text-xs font-semibold tracking-wide text-fg-muted uppercase">{t('customer.context')}</h3>
        {context.length === 0 && !conversation.topic ? (
          <p className="text-fg-muted">{t('customer.noContext')}</p>
        ) : (
          <dl className="grid grid-cols-[7rem_1fr] gap-x-2 gap-y-1">
            {conversation.topic && (
              <>
                <dt className="text-fg-muted">{t('customer.topic')}</dt>
                <dd>{conversation.topic}</dd>
              </>
            )}
            {context.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-fg-muted">{k}</dt>
                <dd className="truncate font-mono text-xs leading-5">{v}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section className="flex flex-col">
        <h3 className="flex items-center gap-1.5 px-4 pt-4 pb-2 text-xs font-semibold tracking-wide text-fg-muted uppercase">
          <ReceiptText aria-hidden className="size-3.5" /> {t('customer.transactions')}
        </h3>
        {transactions.isPending ? (
          <div className="flex flex-col gap-3 px-4 pb-4">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} className="h-9 w-full" />
            ))}
          </div>
        ) : transactions.isError ? (
          <ErrorState
            className="py-4"
            title={t('customer.transactionsError')}
            description={describeError(transactions.error)}
            retryLabel={t('actions.retry')}
            onRetry={() => void transactions.refetch()}
          />
        ) : transactions.data.length === 0 ? (
          <p className="px-4 pb-4 text-fg-muted">{t('customer.noTransactions')}</p>
        ) : (
          <ul className="divide-y divide-border pb-2">
            {transactions.data.map((tx) => (
              <TransactionRow key={tx.id} tx={tx} highlighted={tx.id === txId} />
            ))}
          </ul>
        )}
      </section>
      {customer.id && <CustomerHistory customerId={customer.id} chatId={conversation.id} />}
    </aside>
  );
}
