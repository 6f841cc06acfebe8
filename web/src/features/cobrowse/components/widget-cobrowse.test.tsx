import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SocketClient } from '@/lib/socket/client';
import { SocketProvider } from '@/lib/socket/use-socket';
import { FakeWebSocket } from '@/testing/fake-websocket';
import '../i18n';
import { WidgetCobrowse } from './widget-cobrowse';

const SESSION = 'f1e2d3c4-0000-4000-8000-000000000003';
const asked = { sessionId: SESSION, chatId: 'cnv_1', state: 'REQUESTED', agentName: 'Asha Rao', maxDurationSeconds: 1800 };
const sentOf = (socket: FakeWebSocket, type: string) => socket.sent.filter((f) => f.type === type).map((f) => f.payload);

async function renderWidgetCobrowse() {
  FakeWebSocket.reset();
  const client = new SocketClient({ url: 'ws://test/ws', getToken: () => 'token', WebSocket: FakeWebSocket, storage: null, random: () => 0 });
  render(
    <SocketProvider client={client}>
      <WidgetCobrowse backend="https://support.example" />
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

describe('WidgetCobrowse', () => {
  afterEach(() => {
    delete window.ZetChatCapture;
    document.head.querySelectorAll('script[src*="zetchat-cobrowse"]').forEach((s) => s.remove());
  });

  it('loads no recorder until the customer consents, then the recorder script from the widget’s backend', async () => {
    const socket = await renderWidgetCobrowse();
    await act(async () => socket.receive('cobrowse_session', asked));
    const prompt = screen.getByRole('dialog', { name: 'Share this screen with Asha Rao?' });
    expect(prompt).toHaveTextContent('PIN, OTP and card fields are never sent');
    expect(document.querySelector('script[src*="zetchat-cobrowse"]')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Share my screen' }));
    await act(async () => socket.receive('cobrowse_session', { ...asked, state: 'ACTIVE' }));
    const script = document.head.querySelector<HTMLScriptElement>('script[src*="zetchat-cobrowse"]');
    expect(script?.src).toBe('https://support.example/widget/zetchat-cobrowse.js');
    expect(screen.getByRole('status')).toHaveTextContent('Asha Rao can see this screen');

    // The script arrives and starts the recorder: the host page's snapshot goes to the agent.
    const capture = { stop: vi.fn(), snapshot: vi.fn(), nodeFor: vi.fn(() => null) };
    window.ZetChatCapture = {
      startCapture: (send) => {
        send('[{"type":4},{"type":2}]', true);
        return capture;
      },
    };
    await act(async () => script?.onload?.(new Event('load')));
    await vi.waitFor(() => expect(sentOf(socket, 'cobrowse_events')).toHaveLength(1));

    await act(async () => socket.receive('cobrowse_session', { ...asked, state: 'ENDED', endReason: 'CHAT_CLOSED' }));
    expect(capture.stop).toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('The chat ended.');
  });

  it('declining sends nothing of the page and loads nothing', async () => {
    const socket = await renderWidgetCobrowse();
    await act(async () => socket.receive('cobrowse_session', asked));
    await userEvent.click(screen.getByRole('button', { name: 'Don’t share' }));
    expect(sentOf(socket, 'cobrowse_respond')).toEqual([{ sessionId: SESSION, accept: false }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.querySelector('script[src*="zetchat-cobrowse"]')).toBeNull();
  });
});
