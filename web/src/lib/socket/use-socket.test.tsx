import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { SocketClient } from './client';
import { SocketProvider, useOnSocketReopen, useSocketConnection, useSocketEvent, useSocketState } from './use-socket';
import { FakeWebSocket } from '@/testing/fake-websocket';

function Status() {
  useSocketConnection();
  const status = useSocketState((s) => s.status);
  const pending = useSocketState((s) => s.outbox.length);
  const last = useSocketState((s) => s.userId);
  useSocketEvent('presence', (p) => {
    document.title = `${p.userId}:${p.online}`;
  });
  return (
    <p>
      {status} {pending} {last}
    </p>
  );
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeWebSocket.reset();
});
afterEach(() => vi.useRealTimers());

describe('socket hooks', () => {
  it('connect while a screen needs the socket, re-render on state changes and deliver frames', async () => {
    const client = new SocketClient({ url: 'ws://t/ws', getToken: () => 't', WebSocket: FakeWebSocket, storage: null });
    const view = render(
      <SocketProvider client={client}>
        <Status />
      </SocketProvider>,
    );
    expect(screen.getByText(/connecting 0/)).toBeInTheDocument();
    const ws = FakeWebSocket.last;
    await act(async () => {
      ws.open();
      await vi.advanceTimersByTimeAsync(0);
      ws.receive('auth_success', { userId: 'demo-user-1', expiresAt: '2099-01-01T00:00:00Z' });
    });
    expect(screen.getByText('open 0 demo-user-1')).toBeInTheDocument();
    act(() => {
      client.send({ chatId: 'c', text: 'hi' });
      ws.receive('presence', { userId: 'agent-1', online: true });
    });
    expect(screen.getByText('open 1 demo-user-1')).toBeInTheDocument();
    expect(document.title).toBe('agent-1:true');

    view.unmount();
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(client.getState().status).toBe('idle');
  });

  it('call back on each (re)open while mounted, however short the drop, and not for an open they found', async () => {
    const client = new SocketClient({ url: 'ws://t/ws', getToken: () => 't', WebSocket: FakeWebSocket, storage: null, random: () => 0 });
    const connect = async () => {
      const ws = FakeWebSocket.last;
      await act(async () => {
        ws.open();
        await vi.advanceTimersByTimeAsync(0);
        ws.receive('auth_success', { userId: 'demo-user-1', expiresAt: '2099-01-01T00:00:00Z' });
      });
    };
    client.start();
    await connect();
    const reopened = vi.fn();
    function Reopen() {
      useOnSocketReopen(reopened);
      return null;
    }
    const view = render(
      <SocketProvider client={client}>
        <Reopen />
      </SocketProvider>,
    );
    expect(reopened).not.toHaveBeenCalled();

    act(() => FakeWebSocket.last.drop());
    act(() => client.reconnectNow());
    await connect();
    expect(reopened).toHaveBeenCalledTimes(1);

    view.unmount();
    act(() => FakeWebSocket.last.drop());
    act(() => client.reconnectNow());
    await connect();
    expect(reopened).toHaveBeenCalledTimes(1);
    client.stop();
  });
});
