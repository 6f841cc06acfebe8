import { describe, expect, it } from 'vitest';
import { formatMoney } from './money';

describe('formatMoney', () => {
  it.each<[number | string, string]>([
    [123456.78, '₹1,23,456.78'],
    [0, '₹0.00'],
    [5, '₹5.00'],
    [999.5, '₹999.50'],
    [100000, '₹1,00,000.00'],
    [10000000, '₹1,00,00,000.00'],
    ['1250.50', '₹1,250.50'],
    [-500, '-₹500.00'],
    [0.005, '₹0.01'],
  ])('%s → %s (lakh and crore grouping)', (amount, expected) => {
    expect(formatMoney(amount)).toBe(expected);
  });

  it('drops zero paise when asked, keeps real ones', () => {
    expect(formatMoney(500, { dropZeroPaise: true })).toBe('₹500');
    expect(formatMoney(500.5, { dropZeroPaise: true })).toBe('₹500.50');
  });

  it('gives nothing for what is not an amount', () => {
    expect(formatMoney(null)).toBe('');
    expect(formatMoney(undefined)).toBe('');
    expect(formatMoney('abc')).toBe('');
    expect(formatMoney(Number.NaN)).toBe('');
  });

  it('formats other currencies and locales', () => {
    expect(formatMoney(12.5, { currency: 'USD' })).toBe('$12.50');
    expect(formatMoney(123456.78, { locale: 'hi-IN' })).toBe('₹1,23,456.78');
  });
});
