import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SocketClient, type SocketClientOptions } from './client';
import type { ChatMessage } from './frames';
import { FakeWebSocket } from '@/testing/fake-websocket';

const T0 = Date.parse('2026-12-04T10:00:00Z');
const EXPIRES = '2026-12-04T11:00:00Z'; // an hour after T0

function message(chatId: string, seq: number, extra: Partial<ChatMessage> = {}): ChatMessage {
  return { id: `${chatId}-m${seq}`, chatId, seq, text: `message ${seq}`, senderId: 'agent-1', ...extra };
}

let clients: SocketClient[] = [];

function client(options: Partial<SocketClientOptions> = {}) {
  const created = new SocketClient({
    url: 'ws://test/ws',
    getToken: () => 'token-1',
    WebSocket: FakeWebSocket,
    storage: localStorage,
    outboxKey: 'outbox.demo-user-1',
    random: () => 1, // the top of each jitter range: delays are exactly min(max, base·2ⁿ)
    backoff: { baseMs: 1000, maxMs: 30_000 },
    ...options,
  });
  clients.push(created);
  return created;
}

/** Opens the last socket and answers authenticate as the server does. */
async function connect(userId = 'demo-user-1', expiresAt = EXPIRES) {
  const ws = FakeWebSocket.last;
  ws.open();
  await vi.advanceTimersByTimeAsync(0); // getToken may be async
  expect(ws.frames('authenticate').at(-1)).toEqual({ token: expect.any(String) });
  ws.receive('auth_success', { userId, expiresAt });
  return ws;
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  FakeWebSocket.reset();
});

afterEach(() => {
  for (const c of clients) c.stop();
  clients = [];
  vi.useRealTimers();
});

describe('SocketClient: connecting', () => {
  it('authenticates on open with the token from the session and is open after auth_success', async () => {
    const c = client({ getToken: async () => 'jwt-abc' });
    c.start();
    expect(c.getState().status).toBe('connecting');
    const ws = FakeWebSocket.last;
    expect(ws.url).toBe('ws://test/ws');
    ws.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(ws.sent).toEqual([{ type: 'authenticate', payload: { token: 'jwt-abc' } }]);
    expect(c.getState().status).toBe('authenticating');
    ws.receive('auth_success', { userId: 'demo-user-1', expiresAt: EXPIRES });
    expect(c.getState()).toMatchObject({ status: 'open', userId: 'demo-user-1', expiresAt: EXPIRES, attempt: 0 });
  });

  it('reconnects with exponential backoff and jitter, and resets the backoff once authenticated', async () => {
    const c = client();
    c.start();
    FakeWebSocket.last.drop();
    expect(c.getState()).toMatchObject({ status: 'waiting', attempt: 1, retryAt: T0 + 1000 });

    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      const before = FakeWebSocket.instances.length;
      const waitStart = Date.now();
      const retryAt = c.getState().retryAt!;
      await vi.advanceTimersByTimeAsync(retryAt - waitStart - 1);
      expect(FakeWebSocket.instances.length).toBe(before); // not a moment early
      await vi.advanceTimersByTimeAsync(1);
      expect(FakeWebSocket.instances.length).toBe(before + 1);
      waits.push(Date.now() - waitStart);
      FakeWebSocket.last.drop();
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);

    await vi.advanceTimersByTimeAsync(c.getState().retryAt! - Date.now());
    await connect();
    expect(c.getState().attempt).toBe(0);
    FakeWebSocket.last.drop();
    expect(c.getState().retryAt).toBe(Date.now() + 1000);
  });

  it('jitters each wait between half and all of the backoff step', () => {
    const low = client({ random: () => 0 });
    low.start();
    FakeWebSocket.last.drop();
    expect(low.getState().retryAt).toBe(T0 + 500);
    const mid = client({ random: () => 0.5 });
    mid.start();
    FakeWebSocket.last.drop();
    expect(mid.getState().retryAt).toBe(T0 + 750);
  });

  it('stops reconnecting when the server refuses the token, until started again', async () => {
    const onAuthFailed = vi.fn();
    const c = client({ onAuthFailed });
    c.start();
    const ws = FakeWebSocket.last;
    ws.open();
    await vi.advanceTimersByTimeAsync(0);
    ws.receive('auth_failed', { code: 'invalid-token', message: 'Invalid token' });
    ws.drop(1008);
    expect(c.getState()).toMatchObject({ status: 'unauthorized', authError: 'invalid-token' });
    expect(onAuthFailed).toHaveBeenCalledExactlyOnceWith('invalid-token');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(FakeWebSocket.instances).toHaveLength(1);

    c.start(); // a new sign-in
    expect(FakeWebSocket.instances).toHaveLength(2);
    await connect();
    expect(c.getState().status).toBe('open');
  });

  it('treats a close with 1008 (policy) as an auth failure too', async () => {
    const onAuthFailed = vi.fn();
    const c = client({ onAuthFailed });
    c.start();
    await connect();
    FakeWebSocket.last.drop(1008);
    expect(c.getState().status).toBe('unauthorized');
    expect(onAuthFailed).toHaveBeenCalledWith('policy-violation');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it('does not connect without a token', async () => {
    const onAuthFailed = vi.fn();
    const c = client({ getToken: () => null, onAuthFailed });
    c.start();
    FakeWebSocket.last.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(c.getState()).toMatchObject({ status: 'unauthorized', authError: 'no-token' });
    expect(FakeWebSocket.last.sent).toEqual([]);
    expect(onAuthFailed).toHaveBeenCalledWith('no-token');
  });

  it('reauthenticates with a fresh token a minute before expiresAt', async () => {
    const getToken = vi.fn(async (reason: 'connect' | 'refresh') => (reason === 'connect' ? 'token-1' : 'token-2'));
    const c = client({ getToken, heartbeatMs: 24 * 60 * 60_000 }); // no pings to answer in this test
    c.start();
    const ws = await connect();
    await vi.advanceTimersByTimeAsync(59 * 60_000 - 1);
    expect(ws.frames('reauthenticate')).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(getToken).toHaveBeenLastCalledWith('refresh');
    expect(ws.frames('reauthenticate')).toEqual([{ token: 'token-2' }]);
    ws.receive('reauthenticated', { userId: 'demo-user-1', expiresAt: '2026-12-04T12:00:00Z' });
    expect(c.getState().expiresAt).toBe('2026-12-04T12:00:00Z');
  });

  it('reconnects at once when the browser comes back online', async () => {
    const c = client();
    c.start();
    await connect();
    FakeWebSocket.last.drop();
    await vi.advanceTimersByTimeAsync(500);
    expect(FakeWebSocket.instances).toHaveLength(1);
    window.dispatchEvent(new Event('online'));
    expect(FakeWebSocket.instances).toHaveLength(2);
  });

  it('lets the socket go when the browser goes offline, queues sends, and sends them once when back online', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    const c = client();
    c.start();
    const first = await connect();
    c.follow('chat-1', 0);
    c.send({ chatId: 'chat-1', text: 'in flight' });
    expect(first.frames('send_message')).toHaveLength(1);

    onLine.mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    expect(first.closedWith).toBe(1000);
    expect(c.getState()).toMatchObject({ status: 'waiting', retryAt: null });
    c.send({ chatId: 'chat-1', text: 'written offline' });
    expect(c.getState().outbox.map((m) => [m.text, m.state])).toEqual([
      ['in flight', 'queued'],
      ['written offline', 'queued'],
    ]);
    // No attempt while offline, however long it lasts.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(FakeWebSocket.instances).toHaveLength(1);

    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    expect(FakeWebSocket.instances).toHaveLength(2);
    const second = await connect();
    expect(second.frames('resume')).toEqual([{ chatId: 'chat-1', afterSeq: 0 }]);
    const sent = second.frames('send_message');
    expect(sent.map((m) => m.text)).toEqual(['in flight', 'written offline']);
    // The first try's id again: the server stores it once even if it did arrive before the drop.
    expect(sent[0]!.clientMessageId).toBe(first.frames('send_message')[0]!.clientMessageId);
    onLine.mockRestore();
  });

  it('a connection lost while offline waits for the browser to come back rather than backing off', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const c = client();
    c.start();
    FakeWebSocket.last.drop();
    expect(c.getState()).toMatchObject({ status: 'waiting', retryAt: null });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeWebSocket.instances).toHaveLength(1);
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    expect(FakeWebSocket.instances).toHaveLength(2);
    onLine.mockRestore();
  });

  it('closes and reconnects a connection that stopped answering pings', async () => {
    const c = client({ heartbeatMs: 25_000, pongTimeoutMs: 10_000 });
    c.start();
    const ws = await connect();
    await vi.advanceTimersByTimeAsync(25_000);
    expect(ws.frames('ping')).toHaveLength(1);
    ws.receive('pong');
    await vi.advanceTimersByTimeAsync(25_000 + 10_000);
    expect(ws.frames('ping')).toHaveLength(2);
    expect(c.getState().status).toBe('waiting');
    expect(ws.closedWith).toBe(1000);
  });
});

describe('SocketClient: chats', () => {
  it('resumes every followed chat from the last seq seen, after each reconnect', async () => {
    const c = client();
    c.follow('chat-1', 4);
    c.follow('chat-2', 0);
    c.start();
    let ws = await connect();
    expect(ws.frames('resume')).toEqual([
      { chatId: 'chat-1', afterSeq: 4 },
      { chatId: 'chat-2', afterSeq: 0 },
    ]);
    ws.receive('chat_message', message('chat-1', 5));
    ws.receive('chat_message', message('chat-1', 6));
    ws.drop();
    await vi.advanceTimersByTimeAsync(1000);
    ws = await connect();
    expect(ws.frames('resume')).toEqual([
      { chatId: 'chat-1', afterSeq: 6 },
      { chatId: 'chat-2', afterSeq: 0 },
    ]);
  });

  it('a chat followed while open is resumed at once; an unfollowed one no longer after reconnects', async () => {
    const c = client();
    c.start();
    const ws = await connect();
    const unfollow = c.follow('chat-9', 12);
    expect(ws.frames('resume')).toEqual([{ chatId: 'chat-9', afterSeq: 12 }]);
    unfollow();
    ws.drop();
    await vi.advanceTimersByTimeAsync(1000);
    expect((await connect()).frames('resume')).toEqual([]);
  });

  it('drops replayed messages it has seen, so listeners get each message once', async () => {
    const c = client();
    const got: number[] = [];
    c.on('chat_message', (m) => got.push(m.seq));
    c.follow('chat-1', 0);
    c.start();
    let ws = await connect();
    ws.receive('chat_message', message('chat-1', 1));
    ws.receive('chat_message', message('chat-1', 2));
    ws.receive('chat_message', message('chat-1', 2)); // a live duplicate
    ws.drop();
    await vi.advanceTimersByTimeAsync(1000);
    ws = await connect();
    // The server replays from afterSeq 2; an overlap (seq 2 again) is dropped.
    for (const seq of [2, 3, 4]) ws.receive('chat_message', message('chat-1', seq));
    ws.receive('resume_complete', { chatId: 'chat-1', lastSeq: 4 });
    expect(got).toEqual([1, 2, 3, 4]);
  });

  it('a live message that overtakes the replay is kept, and the gap before it is still resumed', async () => {
    const c = client();
    const got: number[] = [];
    c.on('chat_message', (m) => got.push(m.seq));
    c.follow('chat-1', 5);
    c.start();
    let ws = await connect();
    ws.receive('chat_message', message('chat-1', 7)); // 6 is still on its way
    ws.drop();
    await vi.advanceTimersByTimeAsync(1000);
    ws = await connect();
    expect(ws.frames('resume')).toEqual([{ chatId: 'chat-1', afterSeq: 5 }]);
    ws.receive('chat_message', message('chat-1', 6));
    ws.receive('chat_message', message('chat-1', 7)); // replayed: seen
    ws.receive('resume_complete', { chatId: 'chat-1', lastSeq: 7 });
    expect(got).toEqual([7, 6]);
  });

  it('passes other frames through, typed', async () => {
    const c = client();
    const queue = vi.fn();
    c.on('queue_update', queue);
    c.start();
    const ws = await connect();
    ws.receive('queue_update', { chatId: 'chat-1', queue: { position: 2, expectedWaitSeconds: 120, agentsOnline: 3 } });
    ws.receive('not_a_frame', { x: 1 });
    expect(queue).toHaveBeenCalledExactlyOnceWith({
      chatId: 'chat-1',
      queue: { position: 2, expectedWaitSeconds: 120, agentsOnline: 3 },
    });
  });
});

describe('SocketClient: sending', () => {
  it('queues messages while offline, persists them, and flushes them in order once authenticated', async () => {
    const c = client();
    c.start();
    FakeWebSocket.last.drop(); // no network
    const first = c.send({ chatId: 'chat-1', text: 'my payment failed' });
    const second = c.send({ chatId: 'chat-1', text: 'UTR 123456' });
    expect(c.getState().outbox.map((m) => [m.text, m.state])).toEqual([
      ['my payment failed', 'queued'],
      ['UTR 123456', 'queued'],
    ]);
    const stored = JSON.parse(localStorage.getItem('outbox.demo-user-1')!);
    expect(stored.items.map((m: { clientMessageId: string }) => m.clientMessageId)).toEqual([first, second]);

    await vi.advanceTimersByTimeAsync(1000);
    const ws = await connect();
    expect(ws.frames('send_message')).toEqual([
      { chatId: 'chat-1', text: 'my payment failed', clientMessageId: first },
      { chatId: 'chat-1', text: 'UTR 123456', clientMessageId: second },
    ]);
    expect(c.getState().outbox.map((m) => m.state)).toEqual(['sending', 'sending']);
  });

  it('a reload keeps the queue: a new client sends what the old one could not, with the same ids', async () => {
    const before = client();
    before.start();
    FakeWebSocket.last.drop();
    const id = before.send({ chatId: 'chat-1', text: 'still there?' });
    before.stop();

    const after = client(); // same storage and key
    expect(after.getState().outbox).toMatchObject([{ clientMessageId: id, state: 'queued' }]);
    after.start();
    const ws = await connect();
    expect(ws.frames('send_message')).toEqual([{ chatId: 'chat-1', text: 'still there?', clientMessageId: id }]);
  });

  it('message_ack settles a send, and the message reaches listeners once though the server echoes it', async () => {
    const c = client();
    const got: string[] = [];
    c.on('chat_message', (m) => got.push(m.id));
    c.start();
    const ws = await connect();
    const id = c.send({ chatId: 'chat-1', text: 'hello' });
    expect(ws.frames('send_message')).toHaveLength(1);
    const stored = message('chat-1', 1, { clientMessageId: id, senderId: 'demo-user-1' });
    ws.receive('message_ack', { clientMessageId: id, replayed: false, message: stored });
    ws.receive('chat_message', stored);
    expect(c.getState().outbox).toEqual([]);
    expect(localStorage.getItem('outbox.demo-user-1')).toBeNull();
    expect(got).toEqual(['chat-1-m1']);
  });

  it('what was in flight when the connection dropped is sent again after reconnecting, once acked gone', async () => {
    const c = client();
    c.start();
    let ws = await connect();
    const id = c.send({ chatId: 'chat-1', text: 'are you there' });
    ws.drop();
    expect(c.getState().outbox).toMatchObject([{ clientMessageId: id, state: 'queued' }]);
    await vi.advanceTimersByTimeAsync(1000);
    ws = await connect();
    expect(ws.frames('send_message')).toEqual([{ chatId: 'chat-1', text: 'are you there', clientMessageId: id }]);
    ws.receive('message_ack', { clientMessageId: id, replayed: true, message: message('chat-1', 3) });
    expect(c.getState().outbox).toEqual([]);
  });

  it('an error naming the clientMessageId marks that send failed; retry sends it again with the same id', async () => {
    const c = client();
    c.start();
    const ws = await connect();
    const id = c.send({ chatId: 'chat-1', text: 'x'.repeat(5000) });
    ws.receive('error', {
      message: 'The message is too long.',
      code: 'validation-failed',
      frame: 'send_message',
      chatId: 'chat-1',
      clientMessageId: id,
    });
    expect(c.getState().outbox).toMatchObject([
      { clientMessageId: id, state: 'failed', error: { code: 'validation-failed', message: 'The message is too long.' } },
    ]);
    c.retry(id);
    expect(ws.frames('send_message').map((p) => p.clientMessageId)).toEqual([id, id]);
    c.discard(id); // in flight: kept
    expect(c.getState().outbox).toHaveLength(1);
  });

  it('a rate-limited send waits retryAfter, then goes again in order with those after it', async () => {
    const c = client();
    c.start();
    const ws = await connect();
    const a = c.send({ chatId: 'chat-1', text: 'a' });
    const b = c.send({ chatId: 'chat-1', text: 'b' });
    ws.receive('error', { message: 'Too fast', code: 'rate-limited', frame: 'send_message', clientMessageId: a, retryAfter: 3 });
    ws.receive('error', { message: 'Too fast', code: 'rate-limited', frame: 'send_message', clientMessageId: b, retryAfter: 3 });
    const c3 = c.send({ chatId: 'chat-1', text: 'c' }); // written during the pause: waits too
    expect(ws.frames('send_message')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2999);
    expect(ws.frames('send_message')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(ws.frames('send_message').slice(2).map((p) => p.clientMessageId)).toEqual([a, b, c3]);
  });

  it('discards a failed message when the person gives up on it', async () => {
    const c = client();
    c.start();
    const ws = await connect();
    const id = c.send({ chatId: 'chat-1', text: 'x' });
    ws.receive('error', { message: 'closed', code: 'conversation-closed', clientMessageId: id });
    c.discard(id);
    expect(c.getState().outbox).toEqual([]);
  });

  it('typing and read marks are sent only while open, never queued', async () => {
    const c = client();
    c.start();
    c.typing('chat-1', true);
    const ws = await connect();
    c.typing('chat-1', true);
    c.read('chat-1', 'm5');
    expect(ws.sent.slice(1)).toEqual([
      { type: 'typing', payload: { chatId: 'chat-1', isTyping: true } },
      { type: 'read', payload: { chatId: 'chat-1', messageId: 'm5' } },
    ]);
  });
});
