import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ChevronRight } from 'lucide-react';
import { formatMoney } from '@/lib/format/money';
import { formatIst } from '@/lib/format/time';
import { Badge, statusTone } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';
import { chatKeys } from '../api/chats';
import { getRecentTransactions, type Transaction } from '../api/transactions';
import { splitQuickReplies, type QuickReply, type TransactionPick } from '../model/transaction-choice';

/**
 * The bot's last suggestions: a payment to pick (the failed-payment flow) as a list of
 * transactions, and plain quick replies as buttons. Tapping sends what the bot expects (a quick
 * reply's `reply`: for a payment, its transaction id) as the customer's message.
 */
export function QuickReplies({ replies, onSend, disabled }: { replies: QuickReply[]; onSend: (reply: string) => void; disabled?: boolean }) {
  const { t } = useTranslation('chat');
  const { picks, buttons } = splitQuickReplies(replies);
  return (
    <div className="flex flex-col gap-2 pt-2 pl-10">
      {picks.length > 0 && <TransactionPicker picks={picks} onPick={onSend} disabled={disabled} />}
      {buttons.length > 0 && (
        <div role="group" aria-label={t('quickReplies.label')} className="flex flex-wrap gap-2">
          {buttons.map((reply) => (
            <button
              key={reply.reply}
              type="button"
              disabled={disabled}
              onClick={() => onSend(reply.reply!)}
              className="min-h-11 rounded-full border border-primary/40 bg-surface px-4 text-[0.9375rem] font-medium text-primary hover:bg-primary-soft disabled:opacity-55"
            >
              {reply.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

const statusKey = {
  SUCCESS: 'success',
  PENDING: 'pending',
  FAILED: 'failed',
  REFUNDED: 'refunded',
} as const;

/** "Which payment is it?": each choice with amount (₹ in lakhs), payee, IST time and status. */
export function TransactionPicker({ picks, onPick, disabled }: { picks: TransactionPick[]; onPick: (reply: string) => void; disabled?: boolean }) {
  const { t } = useTranslation('chat');
  const transactions = useQuery({
    queryKey: chatKeys.transactions(),
    queryFn: ({ signal }) => getRecentTransactions(signal),
    staleTime: 60_000,
  });
  const byId = new Map<string, Transaction>((transactions.data ?? []).map((tx) => [tx.id ?? '', tx]));
  return (
    <ul aria-label={t('transactions.label')} className="flex flex-col divide-y divide-border overflow-hidden rounded-ui border border-border bg-surface">
      {picks.map((pick) => {
        const tx = byId.get(pick.reply);
        return (
          <li key={pick.reply}>
            <button
              type="button"
              disabled={disabled}
              onClick={() => onPick(pick.reply)}
              className="flex min-h-14 w-full items-center gap-3 px-3 py-2.5 text-left hover:bg-surface-muted disabled:opacity-55"
              aria-label={tx ? t('transactions.choose', { description: describe(tx, t) }) : pick.label}
            >
              {transactions.isPending ? (
                <span className="flex flex-1 flex-col gap-1.5">
                  <Skeleton className="h-4 w-1/2" />
                  <Skeleton className="h-3 w-2/3" />
                </span>
              ) : tx ? (
                <span className="flex min-w-0 flex-1 flex-col">
                  <span className="flex items-baseline justify-between gap-2">
                    <span className="font-semibold tabular-nums">{formatMoney(tx.amount ?? null, { currency: tx.currency ?? 'INR' })}</span>
                    <TransactionStatus status={tx.status} />
                  </span>
                  <span className="truncate text-sm text-fg">{tx.counterparty ?? t('transactions.noPayee')}</span>
                  <span className="text-xs text-fg-muted tabular-nums">
                    {tx.occurredAt ? <time dateTime={tx.occurredAt}>{formatIst(tx.occurredAt)}</time> : ''}
                    {tx.method ? ` · ${tx.method}` : ''}
                  </span>
                </span>
              ) : (
                <span className="flex-1">{pick.label}</span>
              )}
              <ChevronRight aria-hidden className="size-5 shrink-0 text-fg-muted" />
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function TransactionStatus({ status }: { status: Transaction['status'] }) {
  const { t } = useTranslation('chat');
  if (!status) return null;
  return (
<Badge tone={statusTone(status)}>{t(`transactions.status.${statusKey[status]}`)}</Badge>
  );
}

function describe(tx: Transaction, t: ReturnType<typeof useTranslation<'chat'>>['t']): string {
  return [
    formatMoney(tx.amount ?? null, { currency: tx.currency ?? 'INR' }),
    tx.counterparty,
    tx.occurredAt ? formatIst(tx.occurredAt) : undefined,
    tx.status ? t(`transactions.status.${statusKey[tx.status]}`) : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}
