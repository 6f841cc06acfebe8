import { backoffDelay, defaultBackoff, type BackoffOptions } from './backoff';
import { ChatCursors } from './chat-cursors';
import { newClientMessageId } from './client-message-id';
import { parseServerFrame, type ChatMessage, type ClientFrame, type CobrowseClientFrame, type PayloadOf, type ServerFrame, type ServerFrameType, type ViewedKind } from './frames';
import { Outbox, type PendingMessage } from './outbox';

/**
 * The one socket to /ws, kept apart from React (excalidraw's model: transport here, state in pure
 * pieces: Outbox, ChatCursors). It
 *  - authenticates on open and reauthenticates before the token's expiresAt;
 *  - reconnects with exponential backoff and jitter, at once when the browser comes back online;
 *    when the browser says it is offline it lets the socket go and waits for 'online' (a socket
 *    the network lost may look open for a minute, and sends into it would vanish without an ack
 *    while the page shows them as sent);
 *    an auth failure stops it until start() is called again (a new sign-in);
 *  - on every (re)connect resumes each followed chat after the last seq seen without a gap, and
 *    drops messages seen before, so a listener gets each chat message once;
 *  - keeps unsent messages in a persisted outbox keyed by clientMessageId and sends them in order
 *    when it is connected; message_ack settles one, an error frame naming it marks it failed
 *    (retry() sends it again), a rate-limited refusal is retried after retryAfter.
 * React reads it through useSyncExternalStore (use-socket.ts).
 */

export type SocketStatus =
  /** Not started, or stopped. */
  | 'idle'
  | 'connecting'
  | 'authenticating'
  | 'open'
  /** Lost; the next attempt is at retryAt. */
  | 'waiting'
  /** The server refused the token; no reconnecting until start(). */
  | 'unauthorized';

export interface SocketState {
  status: SocketStatus;
  /** Failed attempts since the last successful authenticate. */
  attempt: number;
  retryAt: number | null;
  userId: string | null;
  expiresAt: string | null;
  /** Why the socket is unauthorized: the server's code (token-expired, signed-out …) or no-token. */
  authError: string | null;
  outbox: readonly PendingMessage[];
}

export interface WebSocketLike {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface SocketClientOptions {
  url: string;
  /**
   * The token to authenticate with. `refresh` asks for a new one before the current expires
   * (return the same or null when there is none; the server then closes the socket at expiry).
   */
  getToken: (reason: 'connect' | 'refresh') => string | null | Promise<string | null>;
  /** Called once when the server refuses the token (auth_failed or close 1008). */
  onAuthFailed?: (code: string) => void;
  WebSocket?: new (url: string) => WebSocketLike;
  /** Where the outbox persists; null keeps it in memory. Defaults to localStorage. */
  storage?: Storage | null;
  /** One key per signed-in user, so a shared phone never sends someone else's messages. */
  outboxKey?: string;
  backoff?: BackoffOptions;
  random?: () => number;
  now?: () => number;
  /** Reauthenticate this long before expiresAt. */
  refreshBeforeMs?: number;
  /** Ping this often while open; no frame for pongTimeoutMs after a ping closes and reconnects. */
  heartbeatMs?: number;
  pongTimeoutMs?: number;
}

export interface SendInput {
  chatId: string;
  text?: string;
  imageUrl?: string;
}

type Listener<T extends ServerFrameType> = (payload: PayloadOf<T>) => void;

const OPEN = 1;
const POLICY_VIOLATION = 1008;
const MAX_TIMEOUT = 2 ** 31 - 1;

export class SocketClient {
  private readonly options: Required<
    Omit<SocketClientOptions, 'onAuthFailed' | 'storage' | 'WebSocket'>
  > & Pick<SocketClientOptions, 'onAuthFailed'>;
  private readonly WebSocketImpl: new (url: string) => WebSocketLike;
  private readonly outbox: Outbox;
  private readonly cursors = new ChatCursors();
  /** Chats to resume on every (re)connect, with how many callers follow each. */
  private readonly followed = new Map<string, number>();
  private readonly stateListeners = new Set<() => void>();
  private readonly frameListeners = new Map<ServerFrameType, Set<(payload: never) => void>>();

  private ws: WebSocketLike | null = null;
  private state: SocketState;
  private token: string | null = null;
  private started = false;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  private pongTimer: ReturnType<typeof setTimeout> | undefined;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  /** Sends are paused until then after a rate-limited refusal. */
  private sendsPausedUntil = 0;
  private removeEnvironmentListeners: (() => void) | undefined;

  constructor(options: SocketClientOptions) {
    this.options = {
      outboxKey: 'zetpay.outbox',
      backoff: defaultBackoff,
      random: Math.random,
      now: Date.now,
      refreshBeforeMs: 60_000,
      heartbeatMs: 25_000,
      pongTimeoutMs: 10_000,
      ...options,
    };
    const storage = options.storage === undefined ? safeLocalStorage() : options.storage;
    this.WebSocketImpl = options.WebSocket ?? (globalThis.WebSocket as unknown as new (url: string) => WebSocketLike);
    this.outbox = new Outbox(storage, this.options.outboxKey);
    this.state = {
      status: 'idle',
      attempt: 0,
      retryAt: null,
      userId: null,
      expiresAt: null,
      authError: null,
      outbox: this.outbox.list(),
    };
  }

  // ---- React-facing store --------------------------------------------------------------------

  getState = (): SocketState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  };

  /** Frames of one type, chat messages once each. Returns the unsubscribe. */
  on<T extends ServerFrameType>(type: T, listener: Listener<T>): () => void {
    let set = this.frameListeners.get(type);
    if (!set) {
      set = new Set();
      this.frameListeners.set(type, set);
    }
    set.add(listener as (payload: never) => void);
    return () => set.delete(listener as (payload: never) => void);
  }

  // ---- lifecycle -----------------------------------------------------------------------------

  /** Connects (again, after an auth failure or stop). */
  start() {
    this.started = true;
    this.listenToEnvironment();
    this.clearTimer('reconnect');
    this.setState({ attempt: 0, retryAt: null, authError: null });
    if (this.ws) this.dropSocket();
    this.connect();
  }

  /** Closes and stays closed; the outbox stays for the next start. */
  stop() {
    this.started = false;
    this.removeEnvironmentListeners?.();
    this.removeEnvironmentListeners = undefined;
    this.clearAllTimers();
    this.dropSocket();
    this.setState({ status: 'idle', retryAt: null });
  }

  /** Skips the wait (a "Reconnect now" button, the browser coming back online). */
  reconnectNow() {
    if (!this.started || this.state.status !== 'waiting') return;
    this.clearTimer('reconnect');
    this.connect();
  }

  // ---- chats ---------------------------------------------------------------------------------

  /**
   * Follows a chat whose messages up to afterSeq the page already has: resumed now if connected
   * and after every reconnect. Returns the unfollow.
   */
  follow(chatId: string, afterSeq = 0): () => void {
    this.cursors.start(chatId, afterSeq);
    this.followed.set(chatId, (this.followed.get(chatId) ?? 0) + 1);
    if (this.state.status === 'open') this.resume(chatId);
    let followed = true;
    return () => {
      if (!followed) return;
      followed = false;
      const count = (this.followed.get(chatId) ?? 1) - 1;
      if (count > 0) this.followed.set(chatId, count);
      else this.followed.delete(chatId);
    };
  }

  /** Queues a message and sends it as soon as the socket is up. Returns its clientMessageId. */
  send(input: SendInput): string {
    const clientMessageId = newClientMessageId();
    this.outbox.add({
      clientMessageId,
      chatId: input.chatId,
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.imageUrl !== undefined ? { imageUrl: input.imageUrl } : {}),
      createdAt: this.options.now(),
      state: 'queued',
    });
    this.outboxChanged();
    this.flush();
    return clientMessageId;
  }

  /** Sends a failed message again (same clientMessageId). */
  retry(clientMessageId: string) {
    if (this.outbox.get(clientMessageId)?.state !== 'failed') return;
    this.outbox.mark(clientMessageId, 'queued');
    this.outboxChanged();
    this.flush();
  }

  /** Gives up on a message that was not sent. */
  discard(clientMessageId: string) {
    if (this.outbox.get(clientMessageId)?.state === 'sending') return;
    if (this.outbox.remove(clientMessageId)) this.outboxChanged();
  }

  /** Best effort: typing and read marks are not worth queueing. */
  typing(chatId: string, isTyping: boolean) {
    this.sendIfOpen({ type: 'typing', payload: { chatId, isTyping } });
  }

  read(chatId: string, messageId: string) {
    this.sendIfOpen({ type: 'read', payload: { chatId, messageId } });
  }

  /** Staff: this socket has a conversation or ticket open (the collision notice); best effort too. */
  viewing(kind: ViewedKind, id: string, typing = false) {
    this.sendIfOpen({ type: 'viewing', payload: { kind, id, typing } });
  }

  stoppedViewing(kind: ViewedKind, id: string) {
    this.sendIfOpen({ type: 'stopped_viewing', payload: { kind, id } });
  }

  /**
   * Co-browsing frames: sent only while the socket is open (true), never queued, since a page frame
   * from before a reconnect is stale and the session ends when its page's socket closes.
   */
  cobrowse(frame: CobrowseClientFrame): boolean {
    return this.sendIfOpen(frame);
  }

  /** Bytes the browser has not yet sent on this socket: the page's capture waits while it is high. */
  bufferedAmount(): number {
    return (this.ws as { bufferedAmount?: number } | null)?.bufferedAmount ?? 0;
  }

  // ---- connection ----------------------------------------------------------------------------

  private connect() {
    this.setState({ status: 'connecting', retryAt: null });
    let ws: WebSocketLike;
    try {
      ws = new this.WebSocketImpl(this.options.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    ws.onopen = () => {
      if (this.ws === ws) void this.authenticate(ws);
    };
    ws.onmessage = (event) => {
      if (this.ws === ws) this.receive(event.data);
    };
    ws.onerror = () => {
      // onclose follows with the code; nothing to add.
    };
    ws.onclose = (event) => {
      if (this.ws === ws) this.closed(event.code);
    };
  }

  private async authenticate(ws: WebSocketLike) {
    this.setState({ status: 'authenticating' });
    let token: string | null;
    try {
      token = await this.options.getToken('connect');
    } catch {
      token = null;
    }
    if (this.ws !== ws) return;
    if (!token) {
      this.unauthorized('no-token');
      return;
    }
    this.token = token;
    this.write(ws, { type: 'authenticate', payload: { token } });
  }

  private closed(code: number) {
    this.ws = null;
    this.stopHeartbeat();
    this.clearTimer('refresh');
    this.outbox.requeueSending();
    this.outboxChanged();
    if (!this.started || this.state.status === 'unauthorized') return;
    if (code === POLICY_VIOLATION) {
      this.unauthorized('policy-violation');
      return;
    }
    this.scheduleReconnect();
  }

  private scheduleReconnect() {
    this.clearTimer('reconnect');
    if (isOffline()) {
      // No attempt can succeed; the 'online' event reconnects at once.
      this.setState({ status: 'waiting', retryAt: null });
      return;
    }
    const attempt = this.state.attempt;
    const delay = backoffDelay(attempt, this.options.random, this.options.backoff);
    this.setState({ status: 'waiting', attempt: attempt + 1, retryAt: this.options.now() + delay });
    this.clearTimer('reconnect');
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.started) this.connect();
    }, delay);
  }

  private unauthorized(code: string) {
    const first = this.state.status !== 'unauthorized';
    this.clearAllTimers();
    this.dropSocket();
    this.setState({ status: 'unauthorized', authError: code, retryAt: null });
    if (first) this.options.onAuthFailed?.(code);
  }

  private dropSocket() {
    const ws = this.ws;
    this.ws = null;
    this.stopHeartbeat();
    if (ws) {
      ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
      try {
        ws.close(1000);
      } catch {
        // already closed
      }
    }
    this.outbox.requeueSending();
    this.outboxChanged();
  }

  // ---- frames in -----------------------------------------------------------------------------

  private receive(data: unknown) {
    this.alive();
    const frame = parseServerFrame(data);
    if (!frame) return;
    switch (frame.type) {
      case 'auth_success':
        this.authenticated(frame.payload.userId, frame.payload.expiresAt);
        break;
      case 'reauthenticated':
        this.setState({ expiresAt: frame.payload.expiresAt });
        this.scheduleRefresh(frame.payload.expiresAt);
        break;
      case 'auth_failed':
        this.emit(frame);
        this.unauthorized(frame.payload.code ?? 'invalid-token');
        return;
      case 'message_ack':
        this.acknowledged(frame.payload.clientMessageId);
        this.emit(frame);
        this.deliver(frame.payload.message);
        return;
      case 'chat_message':
        this.deliver(frame.payload);
        return;
      case 'resume_complete':
        this.cursors.complete(frame.payload.chatId, frame.payload.lastSeq);
        break;
      case 'error':
        this.refused(frame.payload);
        break;
      default:
        break;
    }
    this.emit(frame);
  }

  private authenticated(userId: string, expiresAt: string) {
    this.setState({ status: 'open', attempt: 0, retryAt: null, userId, expiresAt, authError: null });
    this.scheduleRefresh(expiresAt);
    this.startHeartbeat();
    for (const chatId of this.followed.keys()) this.resume(chatId);
    this.flush();
  }

  /** Emits a chat message unless its seq was seen (a replay, or the echo of our own ack). */
  private deliver(message: ChatMessage) {
    if (!message || typeof message.chatId !== 'string' || typeof message.seq !== 'number') return;
    if (!this.cursors.see(message.chatId, message.seq)) return;
    this.emit({ type: 'chat_message', payload: message });
  }

  private acknowledged(clientMessageId: string | null) {
    if (clientMessageId && this.outbox.remove(clientMessageId)) this.outboxChanged();
  }

  private refused(error: PayloadOf<'error'>) {
    const rateLimited = error.code === 'rate-limited';
    const retryMs = Math.max(1, error.retryAfter ?? 1) * 1000;
    if (error.clientMessageId && this.outbox.get(error.clientMessageId)) {
      if (rateLimited) {
        // Everything in flight after it is refused too: pause, then send them again in order.
        this.outbox.mark(error.clientMessageId, 'queued');
        this.outbox.requeueSending();
        this.pauseSends(retryMs);
      } else {
        this.outbox.mark(error.clientMessageId, 'failed', { code: error.code, message: error.message });
      }
      this.outboxChanged();
      return;
    }
    if (rateLimited && error.frame === 'resume' && error.chatId) {
      const chatId = error.chatId;
      setTimeout(() => {
        if (this.state.status === 'open' && this.followed.has(chatId)) this.resume(chatId);
      }, retryMs);
    } else if (rateLimited && error.frame === 'authenticate') {
      // Not authenticated yet and told to wait: come back after the wait.
      this.dropSocket();
      this.setState({ status: 'waiting', retryAt: this.options.now() + retryMs });
      this.clearTimer('reconnect');
      this.reconnectTimer = setTimeout(() => this.started && this.connect(), retryMs);
    }
  }

  // ---- frames out ----------------------------------------------------------------------------

  private resume(chatId: string) {
    this.sendIfOpen({ type: 'resume', payload: { chatId, afterSeq: this.cursors.resumeFrom(chatId) } });
  }

  /** Sends every queued message in order, unless paused by a rate limit. */
  private flush() {
    const ws = this.ws;
    if (!ws || this.state.status !== 'open' || ws.readyState !== OPEN) return;
    if (this.options.now() < this.sendsPausedUntil) return;
    let changed = false;
    for (const item of this.outbox.list()) {
      if (item.state !== 'queued') continue;
      const payload: Extract<ClientFrame, { type: 'send_message' }>['payload'] = {
        chatId: item.chatId,
        clientMessageId: item.clientMessageId,
      };
      if (item.text !== undefined) payload.text = item.text;
      if (item.imageUrl !== undefined) payload.imageUrl = item.imageUrl;
      if (!this.write(ws, { type: 'send_message', payload })) break;
      this.outbox.mark(item.clientMessageId, 'sending');
      changed = true;
    }
    if (changed) this.outboxChanged();
  }

  private pauseSends(ms: number) {
    this.sendsPausedUntil = this.options.now() + ms;
    this.clearTimer('flush');
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      this.sendsPausedUntil = 0;
      this.flush();
    }, ms);
  }

  private sendIfOpen(frame: ClientFrame): boolean {
    return this.ws != null && this.state.status === 'open' && this.write(this.ws, frame);
  }

  private write(ws: WebSocketLike, frame: ClientFrame): boolean {
    if (ws.readyState !== OPEN) return false;
    try {
      ws.send(JSON.stringify(frame));
      return true;
    } catch {
      return false;
    }
  }

  // ---- token refresh and heartbeat ----------------------------------------------------------

  private scheduleRefresh(expiresAt: string) {
    this.clearTimer('refresh');
    const expiry = Date.parse(expiresAt);
    if (!Number.isFinite(expiry)) return;
    const delay = Math.min(MAX_TIMEOUT, Math.max(0, expiry - this.options.refreshBeforeMs - this.options.now()));
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      void this.refresh();
    }, delay);
  }

  private async refresh() {
    let token: string | null;
    try {
      token = await this.options.getToken('refresh');
    } catch {
      token = null;
    }
    // Without a newer token the server closes the socket at expiry with auth_failed token-expired.
    if (!token || token === this.token || !this.ws || this.state.status !== 'open') return;
    this.token = token;
    this.write(this.ws, { type: 'reauthenticate', payload: { token } });
  }

  private startHeartbeat() {
    this.stopHeartbeat();
    this.heartbeatTimer = setInterval(() => {
      if (!this.ws || this.state.status !== 'open') return;
      this.write(this.ws, { type: 'ping', payload: {} });
      if (!this.pongTimer) {
        this.pongTimer = setTimeout(() => {
          // Nothing came back: the connection is dead though nobody said so (a sleeping phone).
          this.pongTimer = undefined;
          const ws = this.ws;
          if (ws) {
            this.dropSocket();
            this.closed(1006);
          }
        }, this.options.pongTimeoutMs);
      }
    }, this.options.heartbeatMs);
  }

  private alive() {
    if (this.pongTimer) {
      clearTimeout(this.pongTimer);
      this.pongTimer = undefined;
    }
  }

  private stopHeartbeat() {
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = undefined;
    this.alive();
  }

  /** The browser lost the network: drop the socket (what was in flight is queued again) and wait. */
  private wentOffline() {
    if (!this.started || this.state.status === 'unauthorized' || this.state.status === 'idle') return;
    this.clearTimer('reconnect');
    this.dropSocket();
    this.setState({ status: 'waiting', retryAt: null });
  }

  private listenToEnvironment() {
    if (this.removeEnvironmentListeners || typeof window === 'undefined') return;
    const online = () => this.reconnectNow();
    const offline = () => this.wentOffline();
    const visible = () => {
      if (document.visibilityState === 'visible') this.reconnectNow();
    };
    // Removed from the very objects they were added to: a delayed stop may run after the page
    // (or a test's DOM) has gone, when the globals no longer exist.
    const win = window;
    const doc = document;
    win.addEventListener('online', online);
    win.addEventListener('offline', offline);
    doc.addEventListener('visibilitychange', visible);
    this.removeEnvironmentListeners = () => {
      win.removeEventListener('online', online);
      win.removeEventListener('offline', offline);
      doc.removeEventListener('visibilitychange', visible);
    };
  }

  // ---- plumbing ------------------------------------------------------------------------------

  private emit(frame: ServerFrame) {
    const listeners = this.frameListeners.get(frame.type);
    if (!listeners) return;
    for (const listener of [...listeners]) {
      try {
        (listener as (payload: ServerFrame['payload']) => void)(frame.payload);
      } catch (error) {
        // One broken listener must not stop the others or the socket.
        console.error('socket listener failed', error);
      }
    }
  }

  private outboxChanged() {
    if (this.state.outbox !== this.outbox.list()) this.setState({ outbox: this.outbox.list() });
  }

  private setState(patch: Partial<SocketState>) {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.stateListeners]) listener();
  }

  private clearTimer(which: 'reconnect' | 'refresh' | 'flush') {
    const timer = which === 'reconnect' ? this.reconnectTimer : which === 'refresh' ? this.refreshTimer : this.flushTimer;
    if (timer) clearTimeout(timer);
    if (which === 'reconnect') this.reconnectTimer = undefined;
    else if (which === 'refresh') this.refreshTimer = undefined;
    else this.flushTimer = undefined;
  }

  private clearAllTimers() {
    this.clearTimer('reconnect');
    this.clearTimer('refresh');
    this.clearTimer('flush');
    this.sendsPausedUntil = 0;
    this.stopHeartbeat();
  }
}

/** navigator.onLine false is reliable (true only means "maybe"). */
function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
