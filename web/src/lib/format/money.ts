import { intlLocale } from '@/lib/i18n';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string, wholeUnits: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${wholeUnits}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(wholeUnits ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    });
    formatters.set(key, cached);
  }
  return cached;
}

export interface MoneyOptions {
  currency?: string;
  /** Intl locale; defaults to the UI language's Indian locale (en-IN). */
  locale?: string;
  /** ₹500 instead of ₹500.00 when there are no paise. */
  dropZeroPaise?: boolean;
}

/**
 * Money the Indian way: ₹1,23,456.78 (lakh and crore grouping). Amounts come from the API as JSON
 * numbers or decimal strings; anything that is not a finite number gives an empty string.
 */
export function formatMoney(amount: number | string | null | undefined, options: MoneyOptions = {}): string {
  const value = typeof amount === 'string' ? Number(amount) : amount;
  if (value == null || !Number.isFinite(value)) return '';
  const { currency = 'INR', locale = intlLocale(), dropZeroPaise = false } = options;
  return formatter(locale, currency, dropZeroPaise && Number.isInteger(value)).format(value);
}
