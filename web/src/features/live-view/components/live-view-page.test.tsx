import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import '../i18n';
import { configureApiAuth } from '@/lib/api/client';
import { SocketClient } from '@/lib/socket/client';
import { SocketProvider, flushDelayedStops } from '@/lib/socket/use-socket';
import { FakeWebSocket } from '@/testing/fake-websocket';
import { json, stubFetch } from '@/testing/fetch';
import { renderRoute } from '@/testing/render';
import { LiveViewPage } from './live-view-page';

const view = (queued: number, at: string) => ({
  at,
  teams: [
    {
      team: 'payments',
      displayName: 'Payments',
      queued,
      longestWaitingSince: queued ? '2026-12-05T10:00:00Z' : null,
      agents: [{ id: 'agt_1', name: 'Asha Rao', status: 'AWAY', active: 2, capacity: 4 }],
    },
  ],
  waitingLong: [],
  dueTickets: [
    { ticketId: 'tkt_1', number: 'SPT-2026-000001', priority: 'HIGH', team: 'payments', assigneeId: null, target: 'FIRST_RESPONSE', due: '2026-12-05T09:00:00Z', overdue: true },
  ],
  chatWaitWarningSeconds: 120,
  dueSoonSeconds: 3600,
});

let client: SocketClient | null = null;

function renderPage() {
  FakeWebSocket.reset();
  client = new SocketClient({ url: 'ws://test/ws', getToken: () => 't', WebSocket: FakeWebSocket, storage: null, heartbeatMs: 3_600_000 });
  renderRoute(
    <SocketProvider client={client}>
      <LiveViewPage />
    </SocketProvider>,
    { path: '/admin/live' },
  );
  // The staff frame holds the connection in the app (StaffSocket); here the test does.
  client.start();
}

beforeEach(() => configureApiAuth({ getToken: () => 'staff-token', onUnauthorized: () => {} }));
afterEach(() => {
  client?.stop();
  cleanup();
  flushDelayedStops();
  configureApiAuth({ getToken: () => null, onUnauthorized: () => {} });
});

describe('The live view', () => {
  it('shows each team with its agents and the overdue tickets first, then follows live_view frames', async () => {
    const { calls } = stubFetch({ 'GET /api/team/live': () => json(view(0, '2026-12-05T10:00:00Z')) });
    renderPage();

    const card = await screen.findByRole('region', { name: 'Team Payments' });
    expect(within(card).getByTestId('queued')).toHaveTextContent('0');
    expect(within(card).getByRole('meter', { name: 'Load of Asha Rao' })).toHaveAttribute('aria-valuenow', '2');
    expect(screen.getByRole('link', { name: 'SPT-2026-000001' })).toHaveAttribute('href', '/agent/tickets/tkt_1');
    expect(screen.getByText('Overdue')).toBeInTheDocument();

    const ws = FakeWebSocket.last;
    await act(async () => {
      ws.open();
      await Promise.resolve();
    });
    act(() => ws.receive('auth_success', { userId: 'agt_9', expiresAt: '2099-01-01T00:00:00Z' }));
    // The catch-up read on (re)connection, before the frames.
    await waitFor(() => expect(calls.length).toBe(2));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 300));
    });
    act(() => ws.receive('live_view', view(3, '2026-12-05T10:00:05Z')));
    await waitFor(() => expect(within(card).getByTestId('queued')).toHaveTextContent('3'));

    // An older view arriving late (another node's) does not undo the newer one.
    act(() => ws.receive('live_view', view(1, '2026-12-05T10:00:01Z')));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(within(card).getByTestId('queued')).toHaveTextContent('3');
  });

  it('says what failed and offers a retry', async () => {
    stubFetch({ 'GET /api/team/live': () => json({ status: 500, title: 'Internal Server Error' }, 500) });
    renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('The live view could not be loaded');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
