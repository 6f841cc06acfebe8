import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { configureApiAuth } from '@/lib/api/client';
import { flushDelayedStops } from '@/lib/socket/use-socket';
import { FakeWebSocket } from '@/testing/fake-websocket';
import { json, stubFetch } from '@/testing/fetch';
import { NOW, detailedTicket, entry } from '../testing/fixtures';
import { renderTicketRoute } from '../testing/render-ticket';
import { TicketPage } from './ticket-page';

function renderLiveTicket() {
  return renderTicketRoute(<TicketPage />, { path: '/support/tickets/:ticketId', at: '/support/tickets/tkt_1' }).client;
}

async function connect() {
  const ws = FakeWebSocket.last;
  await act(async () => {
    ws.open();
    await Promise.resolve();
  });
  act(() => ws.receive('auth_success', { userId: 'demo-user-1', expiresAt: new Date(NOW + 3_600_000).toISOString() }));
  return ws;
}

const reply = entry({ id: 'tmsg_live', authorRole: 'AGENT', authorName: 'Asha Rao', body: 'Your refund is on its way' });

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  configureApiAuth({ getToken: () => 'customer-token', onUnauthorized: () => {} });
});
afterEach(() => {
  cleanup();
  flushDelayedStops();
  vi.useRealTimers();
  configureApiAuth({ getToken: () => null, onUnauthorized: () => {} });
});

describe('An open ticket', () => {
  it("shows an agent's reply and new status when the server says the ticket changed, without a reload", async () => {
    let current = detailedTicket({ transactionId: undefined });
    const { calls } = stubFetch({ 'GET /api/support/tickets/tkt_1': () => json(current) });
    renderLiveTicket();
    await screen.findByRole('heading', { level: 1 });
    const ws = await connect();
    await waitFor(() => expect(calls.filter((c) => c.url.pathname === '/api/support/tickets/tkt_1').length).toBeGreaterThanOrEqual(1));
    expect(screen.queryByText('Your refund is on its way')).toBeNull();

    current = { ...current, status: 'RESOLVED', thread: [...current.thread!, reply] };
    act(() => ws.receive('ticket_updated', { ticketId: 'tkt_1', number: 'SPT-2026-000001', change: 'reply', status: 'RESOLVED' }));

    expect(await screen.findByText('Your refund is on its way')).toBeInTheDocument();
    expect(screen.getAllByText('Resolved').length).toBeGreaterThan(0);
  });

  it("ignores another ticket's changes", async () => {
    const { calls } = stubFetch({ 'GET /api/support/tickets/tkt_1': () => json(detailedTicket({ transactionId: undefined })) });
    renderLiveTicket();
    await screen.findByRole('heading', { level: 1 });
    const ws = await connect();
    await waitFor(() => expect(calls.length).toBe(2)); // the first load, and the catch-up when the socket opened
    act(() => ws.receive('ticket_updated', { ticketId: 'tkt_2', number: 'SPT-2026-000002', change: 'reply', status: 'OPEN' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.length).toBe(2);
  });

  it('catches up on what changed while the socket was down', async () => {
    const { calls } = stubFetch({ 'GET /api/support/tickets/tkt_1': () => json(detailedTicket({ transactionId: undefined })) });
    const client = renderLiveTicket();
    await screen.findByRole('heading', { level: 1 });
    await connect();
    await waitFor(() => expect(calls.length).toBe(2));
    act(() => FakeWebSocket.last.drop());
    act(() => client.reconnectNow());
    await waitFor(() => expect(FakeWebSocket.instances.length).toBe(2));
    await connect();
    await waitFor(() => expect(calls.length).toBe(3));
  });
});
