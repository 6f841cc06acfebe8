import { record, EventType, type eventWithTime } from 'rrweb';

/**
 * What is never sent: PIN, OTP and card fields, and anything marked data-private, are blocked
 * entirely (the agent sees an empty box of the same size); every other input's value is masked.
 */
export const BLOCK_SELECTOR = [
  '[data-private]',
  'input[autocomplete="cc-number"]',
  'input[autocomplete="cc-csc"]',
  'input[autocomplete="cc-exp"]',
  'input[autocomplete="one-time-code"]',
  'input[name*="pin" i]',
  'input[name*="otp" i]',
  'input[name*="cvv" i]',
  'input[name*="card" i]',
  // The chat widget itself on a host page: the agent has the chat, and the customer types there.
  '[data-zetchat-host]',
].join(', ');

/** How long incremental events are gathered before they go as one frame: a mutation flood becomes a few frames a second. */
export const FLUSH_MS = 150;

export interface Capture {
  stop(): void;
  /** A fresh full snapshot (the agent's view fell behind or just started). */
  snapshot(): void;
  /** The page's element rrweb numbered {@code id}, for the agent's pointer. */
  nodeFor(id: number): Element | null;
}

/**
 * Records the page with rrweb and hands batches of events to {@code send} as JSON: each full
 * snapshot at once (with the meta event before it), incremental events every FLUSH_MS.
 */
export function startCapture(send: (json: string, full: boolean) => void): Capture {
  let pending: eventWithTime[] = [];
  let full: eventWithTime[] | null = null;
  const flush = () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    send(JSON.stringify(batch), false);
  };
  const timer = window.setInterval(flush, FLUSH_MS);
  const stopRecording = record({
    emit(event) {
      if (event.type === EventType.Meta) {
        // A snapshot begins: what came before goes first, then meta and snapshot travel together.
        flush();
        full = [event];
        return;
      }
      if (event.type === EventType.FullSnapshot) {
        const batch = [...(full ?? []), event];
        full = null;
        send(JSON.stringify(batch), true);
        return;
      }
      pending.push(event);
    },
    maskAllInputs: true,
    blockSelector: BLOCK_SELECTOR,
    // The agent's own pointer and the sharing banner are not part of what the customer shows.
    blockClass: 'rr-block',
    ignoreClass: 'rr-ignore',
    recordCanvas: false,
    collectFonts: false,
    inlineImages: false,
    sampling: { mousemove: 100, scroll: 150, input: 'last', media: 800 },
  });
  return {
    stop() {
      window.clearInterval(timer);
      stopRecording?.();
      pending = [];
    },
    snapshot() {
      record.takeFullSnapshot(true);
    },
    nodeFor(id) {
      const node = record.mirror.getNode(id);
      return node instanceof Element ? node : null;
    },
  };
}
