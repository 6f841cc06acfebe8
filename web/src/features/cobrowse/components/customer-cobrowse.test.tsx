import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SocketClient } from '@/lib/socket/client';
import { SocketProvider } from '@/lib/socket/use-socket';
import { FakeWebSocket } from '@/testing/fake-websocket';
import '../i18n';
import { CustomerCobrowse } from './customer-cobrowse';

const capture = { stop: vi.fn(), snapshot: vi.fn(), nodeFor: vi.fn(() => null) };
const started = vi.fn();
// rrweb itself is not run in jsdom: the capture module is replaced by one that sends a snapshot at once.
vi.mock('../capture/record', () => ({
  startCapture: (send: (json: string, full: boolean) => void) => {
    started();
    send('[{"type":4},{"type":2}]', true);
    return capture;
  },
}));

const SESSION = 'f1e2d3c4-0000-4000-8000-000000000001';

async function renderCobrowse() {
  FakeWebSocket.reset();
  const client = new SocketClient({ url: 'ws://test/ws', getToken: () => 'token', WebSocket: FakeWebSocket, storage: null, random: () => 0 });
  render(
    <SocketProvider client={client}>
      <CustomerCobrowse />
    </SocketProvider>,
  );
  client.start();
  const socket = FakeWebSocket.last;
  await act(async () => {
    socket.open();
    await Promise.resolve();
  });
  await act(async () => socket.receive('auth_success', { userId: 'demo-user-1', expiresAt: '2099-01-01T00:00:00Z' }));
  return socket;
}

const asked = { sessionId: SESSION, chatId: 'cnv_1', state: 'REQUESTED', agentName: 'Asha Rao', maxDurationSeconds: 1800 };
const sentOf = (socket: FakeWebSocket, type: string) => socket.sent.filter((f) => f.type === type).map((f) => f.payload);

describe('CustomerCobrowse', () => {
  beforeEach(() => {
    started.mockClear();
    capture.stop.mockClear();
  });

  it('asks first, says who and what they will see, and sends nothing of the page when declined', async () => {
    const socket = await renderCobrowse();
    await act(async () => socket.receive('cobrowse_session', asked));

    const dialog = screen.getByRole('dialog', { name: 'Share this screen with Asha Rao?' });
    expect(dialog).toHaveTextContent('Anything you type is hidden');
    expect(dialog).toHaveTextContent('PIN, OTP and card fields are never sent');
    expect(dialog).toHaveTextContent('Stop sharing');
    await userEvent.click(screen.getByRole('button', { name: 'Don’t share' }));

    expect(sentOf(socket, 'cobrowse_respond')).toEqual([{ sessionId: SESSION, accept: false }]);
    expect(started).not.toHaveBeenCalled();
    expect(sentOf(socket, 'cobrowse_events')).toEqual([]);
  });

  it('records only once the server confirms consent, shows the banner, and stops when she says so', async () => {
    const socket = await renderCobrowse();
    await act(async () => socket.receive('cobrowse_session', asked));
    await userEvent.click(screen.getByRole('button', { name: 'Share my screen' }));
    expect(sentOf(socket, 'cobrowse_respond')).toEqual([{ sessionId: SESSION, accept: true }]);
    expect(started).not.toHaveBeenCalled();

    await act(async () => socket.receive('cobrowse_session', { ...asked, state: 'ACTIVE' }));
    await vi.waitFor(() => expect(started).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('status')).toHaveTextContent('Asha Rao can see this screen');
    expect(sentOf(socket, 'cobrowse_events')).toEqual([
      { sessionId: SESSION, seq: 0, full: true, chunk: 0, chunks: 1, data: '[{"type":4},{"type":2}]' },
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Stop sharing' }));
    expect(sentOf(socket, 'cobrowse_end')).toEqual([{ sessionId: SESSION }]);
    expect(capture.stop).toHaveBeenCalled();
    expect(screen.queryByText('Asha Rao can see this screen')).toBeNull();
  });

  it('resumes the session on a new socket after a blip, and ends it at once when the page is left', async () => {
    const socket = await renderCobrowse();
    await act(async () => socket.receive('cobrowse_session', asked));
    await userEvent.click(screen.getByRole('button', { name: 'Share my screen' }));
    await act(async () => socket.receive('cobrowse_session', { ...asked, state: 'ACTIVE' }));
    await vi.waitFor(() => expect(started).toHaveBeenCalledTimes(1));

    await act(async () => socket.drop());
    await vi.waitFor(() => expect(FakeWebSocket.last).not.toBe(socket), { timeout: 5000 });
    const next = FakeWebSocket.last;
    await act(async () => {
      next.open();
      await Promise.resolve();
    });
    await act(async () => next.receive('auth_success', { userId: 'demo-user-1', expiresAt: '2099-01-01T00:00:00Z' }));
    expect(sentOf(next, 'cobrowse_resume')).toEqual([{ sessionId: SESSION }]);
    // The server asks for a fresh snapshot once the page is back.
    await act(async () => next.receive('cobrowse_resync', { sessionId: SESSION }));
    expect(capture.snapshot).toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Asha Rao can see this screen');

    await act(async () => window.dispatchEvent(new Event('pagehide')));
    expect(sentOf(next, 'cobrowse_end')).toEqual([{ sessionId: SESSION, pageClosed: true }]);
  });

  it('does not record in a tab that did not say yes', async () => {
    const socket = await renderCobrowse();
    await act(async () => socket.receive('cobrowse_session', { ...asked, state: 'ACTIVE' }));
    expect(started).not.toHaveBeenCalled();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
