import type { ClientFrame } from '@/lib/socket/frames';
import type { WebSocketLike } from '@/lib/socket/client';

type ClientPayload<T extends ClientFrame['type']> = Extract<ClientFrame, { type: T }>['payload'];

/**
 * A WebSocket the test plays the server for: `open()`, `receive(type, payload)`, `drop(code)`;
 * what the client sent is in `sent` (parsed). `FakeWebSocket.instances` lists every connection.
 */
export class FakeWebSocket implements WebSocketLike {
  static instances: FakeWebSocket[] = [];
  static reset() {
    FakeWebSocket.instances = [];
  }
  static get last(): FakeWebSocket {
    const last = FakeWebSocket.instances.at(-1);
    if (!last) throw new Error('no socket was opened');
    return last;
  }

  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly sent: ClientFrame[] = [];
  closedWith: number | null = null;

  constructor(readonly url: string) {
    FakeWebSocket.instances.push(this);
  }

  send(data: string) {
    if (this.readyState !== 1) throw new Error('InvalidStateError: not open');
    this.sent.push(JSON.parse(data) as ClientFrame);
  }

  close(code = 1000) {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.closedWith = code;
    this.onclose?.({ code, reason: '', wasClean: true } as CloseEvent);
  }

  // ---- the server's side ----

  open() {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  receive(type: string, payload: unknown = {}) {
    this.onmessage?.({ data: JSON.stringify({ type, payload }) } as MessageEvent);
  }

  /** The connection is lost (or the server closes it with a code). */
  drop(code = 1006) {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onclose?.({ code, reason: '', wasClean: false } as CloseEvent);
  }

  frames<T extends ClientFrame['type']>(type: T): Array<ClientPayload<T>> {
    const payloads: unknown[] = this.sent.filter((f) => f.type === type).map((f) => f.payload);
    return payloads as Array<ClientPayload<T>>;
  }
}
