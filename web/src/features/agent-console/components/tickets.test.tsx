import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '@/testing/fetch';
import { AGENT, renderConsole } from '../testing/render-console';
import { formatDue } from './sla-badge';
import { TicketDetail } from './ticket-detail';
import { TicketsPage } from './tickets-page';
import { formatDuration } from '../model/duration';

const ticket = {
  id: 'tkt_1',
  number: 'ZP-1001',
  issueType: 'Wallet top-up missing',
  customerName: 'Ravi Kumar',
  status: 'OPEN',
  priority: 'HIGH',
  team: 'payments',
  updatedAt: '2026-12-04T10:00:00Z',
  sla: { firstResponseDue: new Date(Date.now() + 30 * 60_000).toISOString(), resolutionDue: new Date(Date.now() + 86_400_000).toISOString() },
  thread: [
    { id: 'e1', authorName: 'Ravi Kumar', authorRole: 'CUSTOMER', body: '₹500 not credited', visibility: 'PUBLIC', createdAt: '2026-12-04T10:00:00Z' },
    { id: 'e2', authorName: 'Asha', authorRole: 'AGENT', body: 'Checked with the bank', visibility: 'INTERNAL', createdAt: '2026-12-04T10:05:00Z' },
  ],
  history: [{ field: 'status', from: null, to: 'OPEN', by: 'system', at: '2026-12-04T10:00:00Z' }],
};

afterEach(() => vi.unstubAllGlobals());

describe('TicketsPage', () => {
  it('lists tickets with their SLA and filters by status through the API', async () => {
    const { calls } = stubFetch({ 'GET /api/tickets': () => json({ items: [ticket], page: 0, size: 25, total: 1 }) });
    await renderConsole(<TicketsPage agentId={AGENT} teams={['payments']} />, { path: '/agent/tickets' });
    expect(await screen.findByText('Wallet top-up missing')).toBeInTheDocument();
    expect(screen.getByText(/First response · in/)).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'OPEN');
    await waitFor(() => expect(calls.at(-1)!.url.searchParams.get('status')).toBe('OPEN'));
    expect(screen.getByText('Page 1 of 1 · 1 tickets')).toBeInTheDocument();
  });

  it('sorts and filters by "due soon" through the API and keeps both in the URL', async () => {
    const { calls } = stubFetch({ 'GET /api/tickets': () => json({ items: [ticket], page: 0, size: 25, total: 1, dueSoonMinutes: 90 }) });
    await renderConsole(<TicketsPage agentId={AGENT} teams={['payments']} />, { path: '/agent/tickets' });
    expect(await screen.findByText('Wallet top-up missing')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Sort'), 'SLA due soonest');
    await waitFor(() => expect(calls.at(-1)!.url.searchParams.get('sort')).toBe('SLA_DUE'));
    expect(calls.at(-1)!.url.searchParams.get('direction')).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Due within 1h 30m' }));
    await waitFor(() => expect(calls.at(-1)!.url.searchParams.get('dueSoon')).toBe('true'));
    expect(calls.at(-1)!.url.searchParams.get('sort')).toBe('SLA_DUE');
    expect(screen.getByTestId('location')).toHaveTextContent('/agent/tickets?sort=due&dueSoon=true');

    await userEvent.selectOptions(screen.getByLabelText('Sort'), 'Oldest first');
    await waitFor(() => expect(calls.at(-1)!.url.searchParams.get('direction')).toBe('ASC'));
    expect(calls.at(-1)!.url.searchParams.get('sort')).toBe('CREATED');
  });

  it('opens with the order and filters the URL names', async () => {
    const { calls } = stubFetch({ 'GET /api/tickets': () => json({ items: [ticket], page: 0, size: 25, total: 1, dueSoonMinutes: 60 }) });
    await renderConsole(<TicketsPage agentId={AGENT} teams={['payments']} />, { path: '/agent/tickets', at: '/agent/tickets?sort=priority&dueSoon=true&page=0' });
    expect(await screen.findByText('Wallet top-up missing')).toBeInTheDocument();
    expect(screen.getByLabelText('Sort')).toHaveValue('priority');
    expect(screen.getByRole('checkbox', { name: 'Due within 1h' })).toBeChecked();
    expect(calls[0]!.url.searchParams.get('sort')).toBe('PRIORITY');
    expect(calls[0]!.url.searchParams.get('dueSoon')).toBe('true');
  });

  it('colours a row\'s countdown amber within the due-soon window the server uses', async () => {
    const dueIn = (minutes: number) => ({ ...ticket, sla: { firstResponseDue: new Date(Date.now() + minutes * 60_000).toISOString() } });
    stubFetch({ 'GET /api/tickets': () => json({ items: [dueIn(100)], page: 0, size: 25, total: 1, dueSoonMinutes: 120 }) });
    await renderConsole(<TicketsPage agentId={AGENT} teams={[]} />, { path: '/agent/tickets' });
    const badge = await screen.findByText(/First response · in 1h/);
    expect(badge.className).toMatch(/warning/);
  });

  it('says so when nothing matches', async () => {
    stubFetch({ 'GET /api/tickets': () => json({ items: [], page: 0, size: 25, total: 0 }) });
    await renderConsole(<TicketsPage agentId={AGENT} teams={[]} />, { path: '/agent/tickets' });
    expect(await screen.findByText('No tickets match')).toBeInTheDocument();
  });
});

describe('TicketDetail', () => {
  it('shows internal notes apart and posts a note', async () => {
    const { calls } = stubFetch({
      'GET /api/tickets/tkt_1': () => json(ticket),
      'POST /api/tickets/tkt_1/notes': () => json({ id: 'e3' }, 201),
    });
    await renderConsole(<TicketDetail agentId={AGENT} teams={['payments']} />, { path: '/agent/tickets/:ticketId', at: '/agent/tickets/tkt_1' });
    expect(await screen.findByText('Checked with the bank')).toBeInTheDocument();
    expect(screen.getByText('Checked with the bank').closest('li')).toHaveTextContent('Internal note');
    await userEvent.click(screen.getByRole('tab', { name: 'Internal note' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Internal note' }), 'Refund raised');
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(calls.some((c) => c.url.pathname === '/api/tickets/tkt_1/notes')).toBe(true));
    expect(calls.find((c) => c.url.pathname === '/api/tickets/tkt_1/notes')!.body).toEqual({ message: 'Refund raised' });
  });

  it('adds and removes tags, sending the whole set', async () => {
    const { calls } = stubFetch({
      'GET /api/tickets/tkt_1': () => json({ ...ticket, tags: ['wallet'] }),
      'PATCH /api/tickets/tkt_1': (c) => json({ ...ticket, tags: (c.body as { tags: string[] }).tags }),
    });
    await renderConsole(<TicketDetail agentId={AGENT} teams={['payments']} />, { path: '/agent/tickets/:ticketId', at: '/agent/tickets/tkt_1' });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Add a tag' }), 'refund-delay{Enter}');
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ tags: ['wallet', 'refund-delay'] }));
    expect(await screen.findByRole('button', { name: 'Remove tag refund-delay' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove tag wallet' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH').at(-1)?.body).toEqual({ tags: ['refund-delay'] }));
  });

  it('changes the status', async () => {
    const { calls } = stubFetch({
      'GET /api/tickets/tkt_1': () => json(ticket),
      'POST /api/tickets/tkt_1/status': () => json({ ...ticket, status: 'IN_PROGRESS' }),
    });
    await renderConsole(<TicketDetail agentId={AGENT} teams={['payments']} />, { path: '/agent/tickets/:ticketId', at: '/agent/tickets/tkt_1' });
    await userEvent.selectOptions(await screen.findByLabelText('Status'), 'IN_PROGRESS');
    await waitFor(() => expect(calls.find((c) => c.url.pathname.endsWith('/status'))?.body).toEqual({ status: 'IN_PROGRESS' }));
  });
});

it('formats the due-soon window in the style of the SLA badges', () => {
  expect(formatDuration(60)).toBe('1h');
  expect(formatDuration(30)).toBe('30m');
  expect(formatDuration(150)).toBe('2h 30m');
  expect(formatDuration(48 * 60)).toBe('2d');
});

it('formats SLA time left and overdue', () => {
  const now = Date.parse('2026-12-04T10:00:00Z');
  expect(formatDue(now + 65 * 60_000, now)).toEqual({ text: '1h 5m', over: false });
  expect(formatDue(now - 5 * 60_000, now)).toEqual({ text: '5m', over: true });
  expect(formatDue(now + 50 * 3_600_000, now)).toEqual({ text: '2d 2h', over: false });
});
