import type { Schemas } from '@/lib/api/types';

/** Help-centre answers shaped as the backend gives them (captured from the embedded default). */
export const categories: Schemas['Category'][] = [
  { slug: 'upi-payments', title: 'UPI payments and transfers', description: 'Failed, pending and declined payments.', position: 0 },
  { slug: 'refunds', title: 'Refunds', description: 'When and where refunds arrive.', position: 1 },
];

export const failedPaymentHit: Schemas['Result'] = {
  id: 'art_1',
  slug: 'upi-payment-failed-money-debited',
  title: 'My UPI payment failed but money was debited',
  category: 'upi-payments',
  snippet: 'Sometimes a UPI <mark>payment</mark> <mark>fails</mark> after your bank has already taken the <mark>money</mark>. ',
  score: 0.136,
};

export const refundHit: Schemas['Result'] = {
  id: 'art_2',
  slug: 'refund-not-showing-up',
  title: "My refund hasn't shown up yet",
  category: 'refunds',
  snippet: 'If a refund hasn&#x27;t <mark>reached</mark> you yet &lt;b&gt;check&lt;/b&gt;',
  score: 0.129,
};

export const failedPaymentArticle: Schemas['Page'] = {
  id: 'art_1',
  slug: 'upi-payment-failed-money-debited',
  title: 'My UPI payment failed but money was debited',
  category: 'upi-payments',
  html: '<p>Sometimes a UPI payment fails. <strong>Your money is safe</strong>.</p>\n<h2>What happens next</h2>\n<ul>\n<li>Refund within 3 banking days.</li>\n</ul>\n',
  tags: ['upi'],
  screens: ['upi_payment'],
  version: 1,
  updatedAt: '2026-12-02T10:00:00Z',
};
