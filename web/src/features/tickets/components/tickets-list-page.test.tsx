import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import { json, stubFetch } from '@/testing/fetch';
import { renderRoute } from '@/testing/render';
import { NOW, page, ticket } from '../testing/fixtures';
import { TicketsListPage } from './tickets-list-page';

function renderList() {
  return renderRoute(<TicketsListPage chatPath="/support/chat" />, { path: '/support/tickets' });
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('My tickets', () => {
  it('shows skeletons while loading', async () => {
    stubFetch({ 'GET /api/support/tickets': () => new Promise<Response>(() => {}) });
    renderList();
    expect(await screen.findByRole('status')).toHaveTextContent('Loading your tickets…');
    expect(screen.getByRole('heading', { level: 1, name: 'My tickets' })).toBeInTheDocument();
  });

  it('offline before the first load, says it waits for the connection, then loads', async () => {
    onlineManager.setOnline(false);
    try {
      stubFetch({ 'GET /api/support/tickets': () => json(page([ticket()])) });
      renderList();
      expect(await screen.findByRole('heading', { name: 'You are offline' })).toBeInTheDocument();
    } finally {
      onlineManager.setOnline(true);
    }
    expect(await screen.findByText('UPI payments: Money debited but payment failed')).toBeInTheDocument();
  });

  it('with no tickets, offers to raise one or to chat', async () => {
    stubFetch({ 'GET /api/support/tickets': () => json(page([])) });
    renderList();
    expect(await screen.findByRole('heading', { name: 'No tickets yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Raise a ticket' })).toHaveAttribute('href', '/support/tickets/new');
    expect(screen.getByRole('link', { name: 'Chat with us' })).toHaveAttribute('href', '/support/chat');
  });

  it('says what failed and retries', async () => {
    let calls = 0;
    stubFetch({
      'GET /api/support/tickets': () =>
        ++calls === 1 ? json({ status: 503, title: 'Service Unavailable' }, 503) : json(page([ticket()])),
    });
    renderList();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load your tickets');
    expect(alert).toHaveTextContent('This service is busy or under maintenance');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('UPI payments: Money debited but payment failed')).toBeInTheDocument();
  });

  it('lists tickets with number, subject, a coloured status badge, the SLA and the last update', async () => {
    const { calls } = stubFetch({
      'GET /api/support/tickets': () =>
        json(
          page([
            ticket(),
            ticket({
              id: 'tkt_2',
              number: 'SPT-2026-000002',
              issueType: 'Wallet: Top-up not credited',
              status: 'WAITING_ON_CUSTOMER',
              sla: { paused: true, firstResponseBreached: false, resolutionBreached: false },
            }),
            ticket({
              id: 'tkt_3',
              number: 'SPT-2026-000003',
              issueType: 'Cards: Card blocked',
              sla: { firstResponseDue: '2026-12-04T12:00:00Z', firstResponseBreached: true, paused: false, resolutionBreached: false },
            }),
            ticket({ id: 'tkt_4', number: 'SPT-2026-000004', issueType: 'Refunds: Refund pending', status: 'RESOLVED' }),
            ticket({ id: 'tkt_5', number: 'SPT-2026-000005', issueType: 'Bookings: Bus ticket', status: 'CLOSED' }),
          ]),
        ),
    });
    renderList();
    const rows = await screen.findAllByRole('listitem');
    expect(rows).toHaveLength(5);
    expect(calls[0]!.url.searchParams.get('page')).toBe('0');

    const first = within(rows[0]!);
    expect(first.getByRole('link')).toHaveAttribute('href', '/support/tickets/tkt_1');
    expect(first.getByText('SPT-2026-000001')).toBeInTheDocument();
    expect(first.getByText('Open')).toHaveClass('bg-primary-soft');
    const due = first.getByText('Reply expected in 3 hr');
    expect(due.closest('time')?.getAttribute('title')?.replace(/\s/g, ' ')).toBe('Due 4 Dec 2026, 10:39 pm IST');
    expect(first.getByText('2 min ago')).toHaveAttribute('title');

    expect(within(rows[1]!).getByText('Waiting for you')).toHaveClass('bg-warning-soft');
    expect(within(rows[1]!).getByText('Waiting for your reply')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Reply overdue, we are on it')).toHaveClass('text-danger');
    expect(within(rows[3]!).getByText('Resolved')).toHaveClass('bg-success-soft');
    expect(within(rows[3]!).queryByText(/expected/)).toBeNull();
    expect(within(rows[4]!).getByText('Closed')).toHaveClass('bg-surface-muted');
    expect(screen.getByRole('link', { name: 'Raise a ticket' })).toBeInTheDocument();
  });

  it('pages through older tickets', async () => {
    const firstPage = Array.from({ length: 20 }, (_, i) => ticket({ id: `tkt_${i}`, number: `SPT-${i}`, issueType: `Issue ${i}` }));
    const { calls } = stubFetch({
      'GET /api/support/tickets': ({ url }) =>
        url.searchParams.get('page') === '1'
          ? json(page([ticket({ id: 'tkt_old', number: 'SPT-old', issueType: 'The oldest one' })], { page: 1, total: 21 }))
          : json(page(firstPage, { total: 21 })),
    });
    renderList();
    await userEvent.click(await screen.findByRole('button', { name: 'Show older tickets' }));
    expect(await screen.findByText('The oldest one')).toBeInTheDocument();
    expect(calls.map((c) => c.url.searchParams.get('page'))).toEqual(['0', '1']);
    expect(screen.getAllByRole('listitem')).toHaveLength(21);
    expect(screen.queryByRole('button', { name: 'Show older tickets' })).toBeNull();
  });
});
