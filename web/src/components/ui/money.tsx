import { formatMoney, type MoneyOptions } from '@/lib/format/money';
import { cn } from '@/lib/utils/cn';

/** An amount as ₹1,23,456.78 in tabular figures, so columns of money line up. */
export function Money({ amount, className, ...options }: { amount: number | string; className?: string } & MoneyOptions) {
  return <span className={cn('tabular-nums', className)}>{formatMoney(amount, options)}</span>;
}
