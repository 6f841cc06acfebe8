import { useTranslation } from 'react-i18next';
import { TriangleAlert } from 'lucide-react';
import { Badge, statusTone } from '@/components/ui/badge';
import { Money } from '@/components/ui/money';
import { formatIst } from '@/lib/format';
import type { Transaction } from '../api/types';

/** A payment failed but the money left the account: what auto-raised refund tickets are about. */
export function isFailedDebited(transaction: Pick<Transaction, 'status' | 'debited'>): boolean {
  return transaction.status === 'FAILED' && transaction.debited === true;
}

export function TransactionStatusBadge({ transaction }: { transaction: Transaction }) {
  const { t } = useTranslation('tickets');
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      {transaction.status && <Badge tone={statusTone(transaction.status)}>{t(`transaction.status.${transaction.status}`)}</Badge>}
      {isFailedDebited(transaction) && (
        <Badge tone="warning">
          <TriangleAlert aria-hidden className="size-3.5" />
          {t('transaction.debitedFailed')}
        </Badge>
      )}
    </span>
  );
}

/** Amount (₹ with lakh grouping), merchant, IST time, method and status of one payment. */
export function TransactionDetails({ transaction }: { transaction: Transaction }) {
  const { t } = useTranslation('tickets');
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="min-w-0 font-medium break-all">{transaction.counterparty}</span>
        <Money amount={transaction.amount ?? Number.NaN} currency={transaction.currency ?? 'INR'} className="text-lg font-semibold" />
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-fg-muted">
        {transaction.occurredAt && <time dateTime={transaction.occurredAt}>{formatIst(transaction.occurredAt)}</time>}
        {transaction.method && <span>{t(`transaction.method.${transaction.method}`)}</span>}
      </div>
      <TransactionStatusBadge transaction={transaction} />
      {transaction.failureReason && <p className="text-sm text-fg-muted">{transaction.failureReason}</p>}
      <p className="text-sm text-fg-muted">
        {t('transaction.id')}: <span className="font-mono break-all">{transaction.id}</span>
      </p>
    </div>
  );
}
