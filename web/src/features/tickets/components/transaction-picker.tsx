import { useDeferredValue, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Money } from '@/components/ui/money';
import { SearchField } from '@/components/ui/search-field';
import { Skeleton } from '@/components/ui/skeleton';
import { formatIst, formatMoney } from '@/lib/format';
import { cn } from '@/lib/utils/cn';
import { useRecentTransactions } from '../api/get-transactions';
import type { Transaction } from '../api/types';
import { TransactionStatusBadge, isFailedDebited } from './transaction-details';

const FIRST_SHOWN = 6;

/** What a search matches: merchant, id, method, status and the amount as typed or as shown. */
export function matchesTransaction(transaction: Transaction, query: string, statusLabel = ''): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const amount = transaction.amount ?? '';
  const haystack = [
    transaction.counterparty,
    transaction.id,
    transaction.method,
    transaction.status,
    statusLabel,
    String(amount),
    formatMoney(amount),
    formatMoney(amount).replace(/[₹,]/g, ''),
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return q.split(/\s+/).every((word) => haystack.includes(word.replace(/[₹,]/g, '')) || haystack.includes(word));
}

/**
 * "Which payment is it about?": the customer's recent payments as radio rows (amount, merchant,
 * IST time, status), searchable; failed payments that debited money stand out. Optional: "Not
 * about a payment" is the first choice.
 */
export function TransactionPicker({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (transactionId: string) => void;
  error?: string;
}) {
  const { t } = useTranslation(['tickets', 'common']);
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const deferredQuery = useDeferredValue(query);
  const transactions = useRecentTransactions();
  const all = transactions.data ?? [];
  const matching = all.filter((tx) =>
    matchesTransaction(tx, deferredQuery, tx.status ? t(`transaction.status.${tx.status}`) : ''),
  );
  const searching = deferredQuery.trim() !== '';
  let shown = searching || showAll ? matching : matching.slice(0, FIRST_SHOWN);
  // The chosen payment stays visible whatever the search or the cut.
  const selected = all.find((tx) => tx.id === value);
  if (selected && !shown.includes(selected)) shown = [selected, ...shown];
  const unknownSelected = value !== '' && !selected && !transactions.isPending;
  const errorId = 'transaction-picker-error';

  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-2 text-sm font-medium text-fg">{t('picker.legend')}</legend>
      {all.length > FIRST_SHOWN && (
        <SearchField
          label={t('picker.search')}
          placeholder={t('picker.searchPlaceholder')}
          clearLabel={t('common:actions.clear')}
          value={query}
          onValueChange={setQuery}
        />
      )}
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
      <div className="flex flex-col overflow-hidden rounded-ui border border-border bg-surface">
        <Row checked={value === ''} onSelect={() => onChange('')} name={t('picker.none')}>
          <span className="font-medium">{t('picker.none')}</span>
        </Row>
        {unknownSelected && (
          <Row checked onSelect={() => onChange(value)} name={t('picker.unknown', { id: value })}>
            <span className="font-medium break-all">{t('picker.unknown', { id: value })}</span>
          </Row>
        )}
        {transactions.isPending ? (
          <div aria-busy="true" className="flex flex-col gap-2 p-4">
            <span role="status" className="sr-only">
              {t('picker.loading')}
            </span>
            <Skeleton className="h-12 w-full" />
            <Skeleton className="h-12 w-full" />
          </div>
        ) : transactions.isError ? (
          <p role="alert" className="border-t border-border p-4 text-sm text-fg-muted">
            {t('picker.error')}
          </p>
        ) : all.length === 0 ? (
          <p className="border-t border-border p-4 text-sm text-fg-muted">{t('picker.noPayments')}</p>
        ) : shown.length === 0 ? (
          <p className="border-t border-border p-4 text-sm text-fg-muted">{t('picker.empty')}</p>
        ) : (
          shown.map((tx) => <TransactionRow key={tx.id} transaction={tx} checked={value === tx.id} onSelect={() => onChange(tx.id ?? '')} />)
        )}
      </div>
      {!searching && !showAll && matching.length > FIRST_SHOWN && (
        <Button variant="ghost" onClick={() => setShowAll(true)} className="self-start">
          {t('picker.showAll', { count: matching.length })}
        </Button>
      )}
    </fieldset>
  );
}

function Row({
  checked,
  onSelect,
  name,
  highlight,
  children,
}: {
  checked: boolean;
  onSelect: () => void;
  name: string;
  highlight?: boolean;
  children: ReactNode;
}) {
  return (
    <label
      className={cn(
        'flex min-h-14 cursor-pointer items-center gap-3 border-t border-border px-4 py-3 first:border-t-0',
        'focus-within:outline-2 focus-within:-outline-offset-2 focus-within:outline-primary hover:bg-surface-muted',
        highlight && 'border-l-4 border-l-warning bg-warning-soft/60',
        checked && 'bg-primary-soft ring-2 ring-primary ring-inset',
      )}
    >
      <input type="radio" name="transaction" checked={checked} onChange={onSelect} aria-label={name} className="size-5 shrink-0 accent-primary" />
      <span className="flex min-w-0 flex-1 flex-col gap-1">{children}</span>
    </label>
  );
}

function TransactionRow({ transaction, checked, onSelect }: { transaction: Transaction; checked: boolean; onSelect: () => void }) {
  const { t } = useTranslation(['tickets', 'common']);
  const failedDebited = isFailedDebited(transaction);
  const when = transaction.occurredAt ? formatIst(transaction.occurredAt) : '';
  const status = transaction.status ? t(`transaction.status.${transaction.status}`) : '';
  const name = [
    formatMoney(transaction.amount ?? Number.NaN, { currency: transaction.currency ?? 'INR' }),
    transaction.counterparty,
    when,
    status,
    failedDebited ? t('picker.failedDebited') : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Row checked={checked} onSelect={onSelect} name={name} highlight={failedDebited}>
      <span className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span className="min-w-0 font-medium break-all">{transaction.counterparty}</span>
        <Money amount={transaction.amount ?? Number.NaN} currency={transaction.currency ?? 'INR'} className="font-semibold" />
      </span>
      <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-fg-muted">
        {when && <time dateTime={transaction.occurredAt}>{when}</time>}
        <TransactionStatusBadge transaction={transaction} />
      </span>
    </Row>
  );
}
