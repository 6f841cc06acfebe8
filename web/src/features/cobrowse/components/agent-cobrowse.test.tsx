import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SocketClient } from '@/lib/socket/client';
import { SocketProvider } from '@/lib/socket/use-socket';
import { FakeWebSocket } from '@/testing/fake-websocket';
import '../i18n';
import { AgentCobrowse } from './agent-cobrowse';

const toasted = vi.hoisted(() => vi.fn());
vi.mock('@/components/ui/toast', () => ({ toast: toasted }));

const added = vi.fn();
// rrweb's replayer is not run in jsdom: the replay module records what it would play.
vi.mock('../capture/replay', () => ({
  startReplay: () => ({ add: added, destroy: vi.fn() }),
}));

const SESSION = 'f1e2d3c4-0000-4000-8000-000000000002';

async function renderAgent() {
  FakeWebSocket.reset();
  const client = new SocketClient({ url: 'ws://test/ws', getToken: () => 'token', WebSocket: FakeWebSocket, storage: null, random: () => 0 });
  const view = render(
    <SocketProvider client={client}>
      <AgentCobrowse chatId="cnv_1" />
    </SocketProvider>,
  );
  client.start();
  const socket = FakeWebSocket.last;
  await act(async () => {
    socket.open();
    await Promise.resolve();
  });
  await act(async () => socket.receive('auth_success', { userId: 'agt_1', expiresAt: '2099-01-01T00:00:00Z' }));
  return { ...view, socket };
}

const sentOf = (socket: FakeWebSocket, type: string) => socket.sent.filter((f) => f.type === type).map((f) => f.payload);

describe('AgentCobrowse', () => {
  it('asks, waits for consent, plays the page once it is whole, and stops watching when the chat is left', async () => {
    const { socket, unmount } = await renderAgent();
    await userEvent.click(screen.getByRole('button', { name: 'Co-browse' }));
    expect(sentOf(socket, 'cobrowse_request')).toEqual([{ chatId: 'cnv_1' }]);

    await act(async () => socket.receive('cobrowse_session', { sessionId: SESSION, chatId: 'cnv_1', state: 'REQUESTED' }));
    expect(screen.getByRole('status')).toHaveTextContent('Waiting for the customer');
    await act(async () => socket.receive('cobrowse_session', { sessionId: SESSION, chatId: 'cnv_1', state: 'ACTIVE' }));
    expect(screen.getByRole('region', { name: 'Customer’s screen' })).toBeInTheDocument();

    await vi.waitFor(() => expect(screen.getByTestId('cobrowse-replay')).toBeInTheDocument());
    await act(async () => {
      await Promise.resolve();
    });
    const json = '[{"type":4,"timestamp":1},{"type":2,"timestamp":1}]';
    await act(async () => socket.receive('cobrowse_events', { sessionId: SESSION, seq: 0, full: true, chunk: 0, chunks: 2, data: json.slice(0, 20) }));
    expect(added).not.toHaveBeenCalled();
    await act(async () => socket.receive('cobrowse_events', { sessionId: SESSION, seq: 0, full: true, chunk: 1, chunks: 2, data: json.slice(20) }));
    expect(added).toHaveBeenCalledWith(JSON.parse(json));

    unmount();
    expect(sentOf(socket, 'cobrowse_end')).toEqual([{ sessionId: SESSION }]);
  });

  it('tells the agent how the session ended in words meant for the agent', async () => {
    toasted.mockClear();
    const { socket } = await renderAgent();
    await act(async () => socket.receive('cobrowse_session', { sessionId: SESSION, chatId: 'cnv_1', state: 'ACTIVE' }));
    await act(async () =>
      socket.receive('cobrowse_session', { sessionId: SESSION, chatId: 'cnv_1', state: 'ENDED', endReason: 'ENDED_BY_CUSTOMER' }),
    );
    // A second word of the same ending (another node, a resumed socket) adds nothing.
    await act(async () =>
      socket.receive('cobrowse_session', { sessionId: SESSION, chatId: 'cnv_1', state: 'ENDED', endReason: 'PAGE_CLOSED' }),
    );

    expect(toasted).toHaveBeenCalledTimes(1);
    expect(toasted).toHaveBeenCalledWith({ title: 'Screen sharing ended', description: 'The customer stopped sharing.' });
  });

  it('plays a snapshot that came before the replay had loaded', async () => {
    added.mockClear();
    const { socket } = await renderAgent();
    const json = '[{"type":4,"timestamp":1},{"type":2,"timestamp":1}]';
    // The customer's page sends its snapshot as soon as she allows it, often before the agent's
    // browser has fetched the replay's code (slow machine, cold cache): that snapshot is the page.
    await act(async () => {
      socket.receive('cobrowse_session', { sessionId: SESSION, chatId: 'cnv_1', state: 'ACTIVE' });
      socket.receive('cobrowse_events', { sessionId: SESSION, seq: 0, full: true, chunk: 0, chunks: 1, data: json });
    });
    await vi.waitFor(() => expect(added).toHaveBeenCalledWith(JSON.parse(json)));
    expect(screen.getByRole('status')).toHaveTextContent('Live');
  });

  it('starts from the newest snapshot when several came before the replay had loaded', async () => {
    added.mockClear();
    const { socket } = await renderAgent();
    const older = '[{"type":2,"timestamp":1}]';
    const newer = '[{"type":2,"timestamp":2}]';
    await act(async () => {
      socket.receive('cobrowse_session', { sessionId: SESSION, chatId: 'cnv_1', state: 'ACTIVE' });
      socket.receive('cobrowse_events', { sessionId: SESSION, seq: 0, full: true, chunk: 0, chunks: 1, data: older });
      socket.receive('cobrowse_events', { sessionId: SESSION, seq: 1, full: true, chunk: 0, chunks: 1, data: newer });
    });
    await vi.waitFor(() => expect(added).toHaveBeenCalledWith(JSON.parse(newer)));
    expect(added).not.toHaveBeenCalledWith(JSON.parse(older));
  });

  it('says when the customer’s page dropped, and lets the agent enlarge the replay and shrink it again', async () => {
    const { socket } = await renderAgent();
    await act(async () => socket.receive('cobrowse_session', { sessionId: SESSION, chatId: 'cnv_1', state: 'ACTIVE' }));
    const region = screen.getByRole('region', { name: 'Customer’s screen' });

    await userEvent.click(screen.getByRole('button', { name: 'Enlarge' }));
    expect(region).toHaveAttribute('data-large', 'true');
    expect(screen.getByRole('button', { name: 'Back to the chat' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.keyboard('{Escape}');
    expect(region).not.toHaveAttribute('data-large');

    await act(async () =>
      socket.receive('cobrowse_session', { sessionId: SESSION, chatId: 'cnv_1', state: 'ACTIVE', pageLost: true, reconnectGraceSeconds: 15 }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('connection dropped. Waiting up to 15 s');
    await act(async () => socket.receive('cobrowse_session', { sessionId: SESSION, chatId: 'cnv_1', state: 'ACTIVE', pageLost: false }));
    expect(screen.getByRole('status')).not.toHaveTextContent('connection dropped');
  });

  it('ignores another chat’s session', async () => {
    const { socket } = await renderAgent();
    await act(async () => socket.receive('cobrowse_session', { sessionId: SESSION, chatId: 'cnv_2', state: 'ACTIVE' }));
    expect(screen.getByRole('button', { name: 'Co-browse' })).toBeInTheDocument();
  });
});
