/**
 * Topics a ticket can be about: the help centre's categories (their slugs, so the hub's contextual
 * help can link to /support/tickets/new?category=<slug>) and "other". The backend has no category
 * field: the topic goes in front of the subject in `issueType` ("Wallet: Top-up not credited").
 */
export const ticketCategories = [
  'upi-payments',
  'refunds',
  'wallet',
  'cards',
  'kyc-and-account',
  'bills-and-recharges',
  'bookings',
  'security',
  'app-and-login',
  'other',
] as const;
export type TicketCategory = (typeof ticketCategories)[number];

export function isTicketCategory(value: string | null | undefined): value is TicketCategory {
  return (ticketCategories as readonly string[]).includes(value ?? '');
}

/** The backend's limit on issueType. */
export const ISSUE_TYPE_MAX = 120;
export const DESCRIPTION_MAX = 8000;

export function issueType(categoryLabel: string, subject: string): string {
  return `${categoryLabel}: ${subject.trim()}`;
}

/** How long the subject may be so that "<topic>: <subject>" fits the backend's 120 characters. */
export function subjectMax(categoryLabel: string): number {
  return ISSUE_TYPE_MAX - issueType(categoryLabel, '').length;
}
