import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { SkeletonText } from '@/components/ui/skeleton';
import { useRecentTransactions } from '../api/get-transactions';
import { TransactionDetails } from './transaction-details';

/**
 * The payment a ticket is about. The API has no single-transaction route for customers, so it is
 * looked up in the recent history (the 50 latest); an older one shows its id only.
 */
export function LinkedTransaction({ transactionId }: { transactionId: string }) {
  const { t } = useTranslation('tickets');
  const transactions = useRecentTransactions();
  const transaction = transactions.data?.find((tx) => tx.id === transactionId);

  return (
    <Card aria-labelledby="linked-transaction" className="flex flex-col gap-3 p-4">
      <h2 id="linked-transaction" className="text-sm font-medium text-fg-muted">
        {t('transaction.title')}
      </h2>
      {transactions.isPending ? (
        <div aria-busy="true">
          <span role="status" className="sr-only">
            {t('transaction.loading')}
          </span>
          <SkeletonText lines={3} />
        </div>
      ) : transaction ? (
        <TransactionDetails transaction={transaction} />
      ) : (
        <div className="flex flex-col gap-1">
          <p className="font-medium">{t('transaction.notFound', { id: transactionId })}</p>
          <p className="text-sm text-fg-muted">{t('transaction.notFoundDescription')}</p>
        </div>
      )}
    </Card>
  );
}
